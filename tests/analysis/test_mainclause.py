"""Headings from a sentence's main clause: who did what, shortened, never cut mid-clause."""

from __future__ import annotations

import pytest

from briefwright.analysis.language import get_nlp
from briefwright.analysis.sections.headings import heading_options
from briefwright.analysis.sections.phrases import Token, is_outlet
from briefwright.model.analysis import Actor, Mention


def _tokens(sentence: str) -> list[Token]:
    return [Token(t.text, t.tag_, t.idx) for t in get_nlp()(sentence)]


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # An opening adverbial is left out; the clause ends at "and".
        (
            "Since the footage surfaced on Sunday, two cadets have been expelled and the club "
            "has closed.",
            "Two cadets have been expelled",
        ),
        # A particle stays with its verb; the time is no part of the object.
        (
            "The gang pulled off its boldest raid Friday at a jewellery store in Leeds.",
            "Gang pulled off boldest raid",
        ),
        # What a speaker says, after the speaker.
        (
            "At the time, the coroner stressed that the death was accidental and caused by a fall.",
            "Coroner: death was accidental",
        ),
        # A count keeps what it counts, with its possessive.
        (
            "The militia also executed 40 of its own fighters for desertion, monitors said.",
            "Militia executed 40 of its own fighters",
        ),
        # A phrase after a preposition keeps its article ("in the case", never "in case").
        ("The ferry drifted into the harbour at dawn.", "Ferry drifted into the harbour"),
        # A phrase that goes on into what it is about is no heading's end.
        ("The party is on course to win 30 seats.", None),
        # An amount keeps its currency sign.
        (
            "The council is offering a $5,000 reward for the return of the statue.",
            "Council is offering $5,000 reward",
        ),
    ],
)
def test_a_main_clause_heads_a_sentence(sentence: str, heading: str | None) -> None:
    assert heading_options([_tokens(sentence)], []) == ([heading] if heading else [])


@pytest.mark.parametrize(
    "sentence",
    [
        # A pronoun subject points back; a clause cut before what completes it says nothing.
        "He said the talks had failed.",
        "The envoy was working for a country that is part of the coalition.",
        "The suspect is accused of fraud.",
        # A negated belief: what follows "does not think" is not stated.
        "Mayer doesn't believe the fire was an accident.",
        # A participle read as the verb: the real verb comes later.
        "Video shot from a helicopter above the bridge showed that the traffic had stopped.",
        # Words inside quotation marks are the speaker's.
        'The minister called the decision "a betrayal of every farmer".',
        # A quotation opens the sentence.
        '"We lost everything," the shopkeeper said.',
        # Nobody in particular is asked.
        "The police are asking anyone with information to call the hotline.",
    ],
)
def test_no_heading_where_the_clause_does_not_state_it(sentence: str) -> None:
    assert heading_options([_tokens(sentence)], []) == []


def test_a_quoted_sentence_heads_by_what_stands_outside_its_marks() -> None:
    sentence = 'Rights groups condemned the verdict, saying it was "a dark day".'
    assert heading_options([_tokens(sentence)], [], reported=[True]) == [
        "Rights groups condemned verdict"
    ]
    # Without marks, a reported sentence is a quotation's middle: the speaker's words.
    middle = _tokens("The guards fired a second volley.")
    assert heading_options([middle], [], reported=[True]) == []


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("CNN", True), ("WJLA", True), ("KTLA-TV", True), ("Reuters", True), ("FBI", False)],
)
def test_a_news_outlet_is_known_by_its_name_or_call_sign(name: str, outlet: bool) -> None:
    actor = Actor("a1", name, "ORG", (), None, (Mention(1, 0, len(name)),))
    assert is_outlet(actor) is outlet


def test_a_pronoun_opening_the_sentence_is_headed_by_who_it_stands_for() -> None:
    tokens = _tokens("She flew to the capital on Monday.")
    assert heading_options([tokens], [], referents=["Keita"]) == ["Keita flew to the capital"]
    # Unknown, the pronoun makes no heading.
    assert heading_options([tokens], []) == []


def test_an_outlet_the_article_has_report_is_an_outlet() -> None:
    actor = Actor("a1", "Telam", "ORG", (), None, (Mention(1, 40, 45),))
    text = "The plane crashed after takeoff, Telam reported."
    assert is_outlet(actor, text) and not is_outlet(actor)
    # A nationality before "television" is no outlet.
    group = Actor("a2", "Turkish", "GROUP", (), None, (Mention(1, 0, 7),), "demonym")
    assert not is_outlet(group, "Turkish television showed the scene.")


def test_a_quotation_opening_its_sentence_heads_by_its_first_clause_and_speaker() -> None:
    mayor = Actor("a1", "Lena Ortiz", "PERSON", ("Ortiz",), "mayor", (Mention(1, 60, 70),))
    station = Actor("a2", "WXYZ", "ORG", (), None, (Mention(1, 80, 84),))
    sentence = (
        '"We will rebuild every house, and we will start tomorrow," Mayor Lena Ortiz told WXYZ.'
    )
    assert heading_options([_tokens(sentence)], [mayor, station], reported=[True]) == [
        "“We will rebuild every house” — Lena Ortiz"
    ]
    # The hearer never speaks; a clause that opens with "if" is not said alone.
    told = '"We lost everything in one night," a neighbour told WXYZ.'
    assert heading_options([_tokens(told)], [mayor, station], reported=[True]) == []
    cut = '"If the river rises again, we will leave," Ortiz said.'
    assert heading_options([_tokens(cut)], [mayor, station], reported=[True]) == []


def test_a_negation_stays_and_a_negated_belief_states_nothing() -> None:
    assert heading_options([_tokens("The ministry did not renew the licence.")], []) == [
        "Ministry did not renew licence"
    ]
    assert heading_options([_tokens("Ruiz doesn't believe the fire destroyed the mill.")], []) == []


def test_a_long_quotation_heads_by_its_clause_up_to_a_phrase_after_a_noun() -> None:
    chief = Actor("a1", "Rosa Diaz", "PERSON", ("Diaz",), None, (Mention(1, 90, 99),))
    sentence = (
        '"We are asking for patience and calm from every family in the valley tonight," said '
        "Rosa Diaz, the fire chief."
    )
    assert heading_options([_tokens(sentence)], [chief], reported=[True]) == [
        "“We are asking for patience and calm” — Rosa Diaz"
    ]


def test_a_time_between_subject_and_verb_is_left_out() -> None:
    sentence = "A police report last week listed three more victims."
    assert heading_options([_tokens(sentence)], []) == ["Police report listed three more victims"]
