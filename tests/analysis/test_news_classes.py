"""What an analyst ticks first: the classes of news, colour, background and anecdote, and how
the selection ranks by them (issue 18)."""

from __future__ import annotations

import numpy as np
import pytest

from briefwright.analysis.ranking.news import (
    is_anecdote,
    is_background,
    is_boilerplate,
    is_colour,
    is_penalty,
    news_classes,
)
from briefwright.analysis.ranking.selection import (
    ANECDOTE_COST,
    NEWS_GAIN,
    analyst_scores,
    quote_carries_news,
    select,
)
from briefwright.analysis.statements.factkinds import Statement
from briefwright.model.analysis import Entity


def _figure(text: str, figure: str) -> Entity:
    start = text.index(figure)
    return Entity(figure, "FIGURE", 1, start, start + len(figure))


def _org(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(name, "ORG", 1, start, start + len(name))


@pytest.mark.parametrize(
    "text",
    [
        # decisions and orders
        "Dimapur town has been placed under a curfew.",
        "Three Florida police officers were fired and a fourth resigned.",
        # requests for help or action
        "U.S. officials have requested his extradition, Zeron said.",
        "Vallejo police asked the FBI to help their investigation.",
        # refusals, denials, what did not happen
        "Knowles indicated Friday he won't be stepping down.",
        "Spokespeople at the State Department repeatedly declined to address the question.",
        "No group immediately claimed responsibility for the bloodshed.",
        "Iran's government repeatedly has said it is not holding Levinson.",
        # arrests, charges, courts
        "Michelle Carter, 18, was indicted on February 5.",
        "Police arrested about 40 to 50 people, according to Zarni.",
        # the toll
        "Two of those patients died.",
        # deadlines and dated next steps
        "Carter's pretrial hearing is set for April 17.",
        "A state funeral will be held Sunday.",
        "The drills will run through Friday, Sputnik reported.",
        "Pate's next court appearance is scheduled for March 17.",
        "He is due in court Tuesday for a preliminary hearing.",
        "The court will hear arguments in the state cases on April 28.",
        "The suspect will be extradited to Spain for trial.",
        "The burial was to be followed by a memorial service.",
        # a measure taken, what is not known
        "Kenny has been placed on paid administrative leave pending an investigation.",
        "Police say they have no indication so far that it was a hate crime.",
        "Police said there are no links to terrorism.",
    ],
)
def test_a_class_of_news_is_found(text: str) -> None:
    assert news_classes(text) >= 1


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        # a measure imposed; a resignation refused (a decision and a refusal)
        ("The governor declared a state of emergency in three counties.", 1),
        ("The minister said she would not step down over the leak.", 2),
        # a court's finding reported through "said"
        ("Judge Marsh said the city failed to show that the ban was needed.", 1),
        ("The appeals court found the rule unlawful.", 1),
        # who is behind it
        ("Nobody has claimed responsibility for the explosion at the depot.", 1),
        ("Officials said a faulty valve was responsible for the leak.", 1),
        # custody, a confession, the penalty faced, clemency
        ("The driver remains behind bars in Lyon.", 1),
        ("Two of the men are being held without charge near the border.", 1),
        ("Investigators said the teenager admitted to starting the fire.", 1),
        ("The captain faces up to 20 years and a fine if convicted.", 1),
        ("The family has asked the president for clemency.", 1),
        # destruction counted with the toll
        ("The fire burned down two warehouses and a school.", 1),
        # dated next steps
        ("The mayor would meet Tuesday with the union's leaders.", 1),
        ("A bail hearing for the three suspects is expected next week.", 2),  # and a court
        ("The vote was set for March 3.", 1),
        # the outlook
        ("Economists said the bank is likely to raise rates again in June.", 1),
        ("The shortage could lead to power cuts in the coming weeks.", 1),
    ],
)
def test_each_class_of_news(text: str, classes: int) -> None:
    assert news_classes(text) == classes


@pytest.mark.parametrize(
    "text",
    [
        # assent is not a decision, hearing the news is no hearing in court
        "The union's secretary, Ana Ruiz, agreed.",
        "His sister told reporters of her grief at hearing the news.",
        # a building set on fire is not a date set for anything
        "The car was set on fire outside the station.",
        # a job, a meeting held and a challenge faced tell no news of these classes
        "She is responsible for security at the airport.",
        "Talks are being held at the embassy.",
        "The company must face up to the changes in the market.",
    ],
)
def test_words_that_only_look_like_news(text: str) -> None:
    assert news_classes(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Patrick and Sue Ellen Kilgallon knew the storm was coming.",
        "Eastern Europe, here comes the cavalry.",
        "He loved his job.",
    ],
)
def test_colour_carries_no_class_of_news(text: str) -> None:
    assert news_classes(text) == 0


def test_a_figure_is_a_class_of_its_own() -> None:
    text = "The medical center has contacted 179 others."
    assert news_classes(text, [_figure(text, "179")]) == news_classes(text) + 1


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("But what about the story of how they got swiped on Sunday?", True),
        ('"Can you imagine a drug getting out on the market?" asked Dr. Nissen.', True),
        ("Opinion: Why has Putin gone missing?", True),
        ("6 questions about Netanyahu's visit .", True),
        ("Ferguson police chief mum on federal report .", True),
        ("CNN's Sara Sidner contributed to this report.", True),
        ("Samira Said reported from Abu Dhabi.", True),
        ("CNN legal analyst Ann Berg breaks down what the ruling means.", True),
        ("Sam Ortiz, a BBC correspondent, explains why the talks stalled.", True),
        ("The minister explains the cuts in a letter released on Friday.", False),
        ("North Korea has fired two short-range ballistic missiles into the sea.", False),
    ],
)
def test_colour_and_furniture(text: str, colour: bool) -> None:
    assert is_colour(text) is colour


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("In 2004, photos became public that showed soldiers abusing detainees.", True),
        ("At the 2012 London Olympics, Muffat won the gold medal.", True),
        ("Traditionally, the People's Liberation Army has been focused on its borders.", True),
        ("Indonesia has long taken a tough line on drug smugglers.", True),
        ("In an order issued Friday, the judge granted the government 60 days.", False),
        # what someone or something is, rather than what happened
        ("The Harbour Trust is a small charity group of former dockers.", True),
        ("The port has become a hub for smugglers.", True),
        ("Shipping has been slow ever since in the northern harbour.", True),
        ("It can be one of the most dangerous jobs at sea.", True),
        ("The trust said it had become aware of the leak on Monday.", False),
        ("Norway has become the first country to ban the sale of the pesticide.", False),
        ("The vote is a victory for the ruling party.", False),
        ("The bodies of all 33 workers have been recovered.", False),
    ],
)
def test_background_set_off_by_an_earlier_time(text: str, background: bool) -> None:
    assert is_background(text) is background


def test_an_anecdote_has_no_news_and_no_organisation_acting() -> None:
    assert is_anecdote("Patrick and Sue Ellen Kilgallon knew the storm was coming.")
    text = "The Pentagon knew the storm was coming."
    assert not is_anecdote(text, [_org(text, "Pentagon")])
    assert not is_anecdote("The Kilgallons were arrested on Friday.")


def test_news_lifts_a_late_short_sentence_over_colour() -> None:
    texts = [
        "Patrick and Sue Ellen Kilgallon knew the storm was coming.",
        "Dimapur town has been placed under a curfew.",
        "He said the weather was lovely and the tea was warm.",
    ]
    raw = np.array([0.5, 0.09, 0.3])
    scores = analyst_scores(texts, [[], [], []], raw)
    # The anecdote near the top costs; the curfew gains a class of news.
    assert scores[1] > scores[0]
    assert scores[1] == pytest.approx(0.09**0.5 + NEWS_GAIN)
    # Talk of the weather near the top is an anecdote too.
    assert scores[2] == pytest.approx(0.3**0.5 - ANECDOTE_COST)


def test_mostly_quotation_and_background_rank_lower() -> None:
    texts = [
        '"Building a strong army is fundamental to our sovereignty," Premier Li said.',
        "In 2012, the national auditor alleged a scam in the allocation of coal blocks.",
        "The premier said the army will be strong and that sovereignty is fundamental.",
    ]
    scores = analyst_scores(texts, [[], [], []], np.array([0.6, 0.6, 0.6]))
    assert scores[0] < scores[2]
    assert scores[1] < scores[2]


def test_colour_is_never_ticked() -> None:
    texts = [
        "North Korea has fired two short-range ballistic missiles into the Sea of Japan.",
        "But what about the missiles fired into the sea on Monday morning?",
        "The missiles flew about 490 kilometers before falling into the sea.",
        "South Korea said it would respond firmly to any provocation by the North.",
        "The United States and South Korea began annual military drills on Monday.",
        "CNN's Paula Hancocks and Sara Mazloumsaki contributed to this report.",
    ]
    n = len(texts)
    chosen = select(
        texts,
        list(range(1, n + 1)),
        [[] for _ in texts],
        ["fact"] * n,
        [Statement("fact")] * n,
        np.array([1.0, 0.9, 0.5, 0.4, 0.3, 0.8]),
        n,
    )
    assert 1 not in chosen and 5 not in chosen
    assert {0, 2, 3, 4} <= chosen


def test_an_estimate_ranks_just_below_a_fact_scored_like_it() -> None:
    texts = [
        "The court ordered the ministry to release the photos on Friday.",
        "Analysts said the ruling party is likely to lose its majority in the vote.",
        "The weather in the capital was mild and the streets were quiet on Monday.",
    ]
    chosen = select(
        texts,
        [1, 2, 3],
        [[], [], []],
        ["fact", "assessment", "fact"],
        [Statement("fact"), Statement("claim"), Statement("fact")],
        np.array([1.0, 0.9, 0.2]),
        2,
        low=2,
    )
    # Estimates no longer wait until every fact is ticked.
    assert chosen == {0, 1}


def test_a_quoted_fragment_needs_no_speaker() -> None:
    text = (
        "Three officers were terminated after an investigation found misconduct and "
        'engaging in "conduct prejudicial to the good order of the department."'
    )
    assert quote_carries_news(text, Statement("quote"))
    whole = '"We will not tolerate this kind of behaviour in our city at all," he said.'
    assert not quote_carries_news(whole, Statement("quote"))


def test_boilerplate_costs_what_background_costs() -> None:
    said = "Canada, like many other nations, has taken swift action to protect its diplomats."
    news = "Canada closed its embassy in Bamako on Tuesday and flew 40 diplomats home."
    assert is_boilerplate(said)
    assert not is_boilerplate(news)
    assert not is_boilerplate("Troops took swift positions around the palace.")
    scores = analyst_scores([said, news], [[], []], np.array([1.0, 1.0]))
    assert scores[0] < scores[1]


def test_the_penalty_a_law_sets_is_no_estimate() -> None:
    assert is_penalty("If found guilty, she could face up to 10 years in prison.")
    assert is_penalty("He could face the death penalty.")
    assert not is_penalty("The party could face a tough fight in the election.")


def test_a_life_story_is_background() -> None:
    assert is_background("Rice, 19, was raised in Dallas, where he graduated from a school.")
    assert is_background("In high school, he was an avid sportsman.")
    assert not is_background("Rice was expelled from the university on Tuesday.")

