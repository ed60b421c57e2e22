"""The event type: read from the headline and the lede's main clause; each rule both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefwright.analysis.events.cues import CueLexicon, event_labels, parse_cues
from briefwright.analysis.events.event_type import (
    MAIN,
    SUBORDINATE,
    TOPIC,
    EventReading,
    classify_event,
    clause_weights,
    real_headline,
    tokens_of,
)
from briefwright.analysis.sections.phrases import Token
from briefwright.ingest import article_from_text


def read(text: str) -> EventReading:
    return classify_event(article_from_text(text))


def kind(text: str) -> str:
    return read(text).key


# An outbreak story that talks of flights, an airport and a hospital; a strike story that
# talks of a hospital and a virus scare. The headline and the lede decide.
OUTBREAK = (
    "Ebola outbreak kills nine in Congo's Equateur province\n\n"
    "MBANDAKA, Congo, May 2, 2026 (Reuters) - An Ebola outbreak in Congo's Equateur province "
    "has killed nine people, and the health ministry said on Saturday it had 14 confirmed "
    "cases.\n\n"
    "Airlines said flights to Mbandaka would continue. Passengers at the airport were screened "
    "for fever.\n\n"
    "The ministry said patients were being treated at the general hospital. Travel to the "
    "province was not restricted.\n"
)
STRIKE = (
    "Airport strike grounds flights in Lisbon\n\n"
    "LISBON, May 2, 2026 (Reuters) - A strike by ground staff grounded most flights at Lisbon "
    "airport on Saturday, stranding thousands of passengers, the airport operator said.\n\n"
    "A passenger taken ill was treated at a hospital. Health officials said a virus was not "
    "suspected.\n"
)


@pytest.mark.parametrize(("text", "expected"), [(OUTBREAK, "outbreak"), (STRIKE, "transport")])
def test_the_headline_and_lede_decide_not_incidental_words(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # What happened is the main clause; why it happened is a subordinate clause.
        ("Police fired tear gas at protesters after the government raised fuel prices.", "unrest"),
        ("The government raised fuel prices and interest rates after protests.", "economic"),
        # A topic after "over" counts less than what happened.
        ("Thousands protested in Kinshasa over the disputed election results.", "unrest"),
        ("Voters in Kinshasa chose a president in an election marred by protests.", "election"),
        # An apposition ("…, the alleged mastermind of the Mumbai attacks, …") is no event.
        ("A court freed Zaki Lakhvi, the alleged planner of the Mumbai attacks, today.", "legal"),
        ("In Mumbai, the gunmen attacked two hotels and a station, killing 40.", "terrorism"),
    ],
)
def test_the_main_clause_counts_more_than_subordinate_parts(lede: str, expected: str) -> None:
    assert kind(lede) == expected


def test_clause_weights_mark_subordinate_topic_and_who_said_it() -> None:
    words = "Protesters clashed with police over taxes , which rose after a vote , officials said ."
    tokens = [Token(w, "", i) for i, w in enumerate(words.split())]
    weights = dict(zip(words.split(), clause_weights(tokens), strict=False))
    assert weights["clashed"] == MAIN
    assert weights["taxes"] == TOPIC
    assert weights["rose"] == SUBORDINATE
    assert weights["officials"] == SUBORDINATE


def test_a_relative_that_is_subordinate_only_where_the_tagger_says_so() -> None:
    said = [Token("Police", "NNS", 0), Token("said", "VBD", 7), Token("that", "IN", 12)]
    said += [Token("protests", "NNS", 17), Token("spread", "VBD", 26), Token("today", "NN", 33)]
    which = [Token("Floods", "NNS", 0), Token("that", "WDT", 7), Token("killed", "VBD", 12)]
    which += [Token("nine", "CD", 19), Token("hit", "VBD", 24), Token("Dhaka", "NNP", 28)]
    assert clause_weights(said)[3] == MAIN
    assert clause_weights(which)[3] == SUBORDINATE


def test_who_said_it_does_not_class_the_event() -> None:
    # "police" is a cue of crime; here they only report.
    assert kind("Floods swept through Dhaka on Monday, killing 12 people, police said.") == "flood"
    assert kind("Police arrested a man for the murder of a shopkeeper in Dhaka.") == "crime"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A magnitude 6.1 earthquake struck central Chile on Monday.", "earthquake"),
        # One weak cue is not enough to class an article.
        ("The minister said the ports would stay open on Monday.", "general"),
        ("The striker scored twice on Sunday.", "general"),
    ],
)
def test_a_type_needs_more_than_a_weak_cue(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A longer cue wins over a cue inside it, and a phrase that names no event counts
        # for nothing.
        ("An air strike hit a market in Idlib on Monday, killing 11 people.", "armed_conflict"),
        ("Rail workers began a strike on Monday, halting trains across Germany.", "transport"),
        ("The president won a landslide victory in Sunday's election.", "election"),
        ("A landslide buried 30 homes in Cauca province after heavy rain.", "flood"),
        ("The singer was taken to hospital after a heart attack on Monday.", "general"),
        ("Gunmen attacked a hotel in Mogadishu on Monday, killing 12 people.", "terrorism"),
    ],
)
def test_cues_are_read_whole(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_the_rest_of_the_article_weighs_far_less() -> None:
    body = "\n\n".join(
        ["Markets fell and the currency slid as inflation and interest rates rose again."] * 8
    )
    storm = f"A typhoon made landfall in Luzon on Monday with winds of 180 km/h.\n\n{body}"
    quiet = f"The minister opened a bridge in Manila on Monday.\n\n{body}"
    assert kind(storm) == "storm"
    assert kind(quiet) == "economic"  # the body alone still tells a type when the lede names none


@pytest.mark.parametrize(
    ("title", "real"),
    [
        ("Ebola outbreak kills nine in Equateur", True),
        ("notes_ebola.txt", False),
        ("Outbreak", False),  # one word
        ("An Ebola outbreak in Congo's Equateur province", False),  # the lead's own opening
    ],
)
def test_only_a_real_headline_counts(title: str, real: bool) -> None:
    text = f"title: {title}\n\nAn Ebola outbreak in Congo's Equateur province has killed nine."
    assert bool(real_headline(article_from_text(text))) is real


def test_the_headline_decides_where_the_lede_is_vague() -> None:
    lede = "Residents of Mbandaka described a week of fear on Saturday."
    assert kind(lede) == "general"
    assert kind(f"title: Ebola outbreak spreads to Mbandaka\n\n{lede}") == "outbreak"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (OUTBREAK, ("Ebola outbreak", "confirmed cases")),
        ("A magnitude 6.2 earthquake struck western Nepal.", ("magnitude 6.2 earthquake",)),
        ("Typhoon Rai made landfall near Baler on Monday.", ("Typhoon Rai", "landfall")),
        ("A strike by French air traffic controllers grounded flights.", ("air traffic",)),
    ],
)
def test_the_phrases_that_decided_are_shown(text: str, cues: tuple[str, ...]) -> None:
    shown = read(text).cues
    for cue in cues:
        assert any(cue.lower() in s.lower() or s.lower() in cue.lower() for s in shown), shown
    assert len(shown) <= 4
    assert not any(s.split()[0] in ("by", "of", "the") for s in shown), shown


def test_general_shows_no_phrases() -> None:
    assert read("The festival opened in Cannes on Tuesday.") == EventReading(
        "general", (), read("The festival opened in Cannes on Tuesday.").scores
    )
    assert read("The festival opened in Cannes on Tuesday.").cues == ()


def test_the_sample_is_a_coup_from_its_lede() -> None:
    from tests.conftest import SAMPLE

    reading = classify_event(article_from_text(SAMPLE.read_text(encoding="utf-8")))
    assert reading.key == "coup"
    assert reading.cues[:2] == ("political upheaval", "coup")


def test_the_analysis_stores_the_type_and_its_phrases() -> None:
    from briefwright.analysis.engine import analyze
    from tests.conftest import SAMPLE

    analysis = analyze(article_from_text(SAMPLE.read_text(encoding="utf-8")))
    assert analysis.event_type == "coup"
    assert analysis.event_type_cues[:2] == ("political upheaval", "coup")


def test_words_alone_read_as_the_tagger_does_on_plain_ledes() -> None:
    words = tokens_of("Floods hit Dhaka, killing 12.")
    assert [t.text for t in words] == ["Floods", "hit", "Dhaka", ",", "killing", "12", "."]
    assert clause_weights(words)[4] == SUBORDINATE


def test_types_are_listed_in_precedence_with_general_last() -> None:
    labels = event_labels()
    assert next(iter(labels)) == "coup" and list(labels)[-1] == "general"
    assert labels["outbreak"] == "Disease outbreak"
    assert {"earthquake", "flood", "storm", "wildfire", "natural_hazard"} <= set(labels)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"types": {"coup": {"label": "Coup"}}}, "types.general"),
        ({"types": {"general": {}}}, "needs a label"),
        ({"types": {"general": {"label": "G", "strong": "riot"}}}, "list of words"),
        ({"types": {"general": {"label": "G", "strong": ["ab*"]}}}, "too short"),
        ({"types": {"general": {"label": "G"}}, "ignore": {"phrases": [1]}}, "ignore"),
    ],
)
def test_a_malformed_cue_file_is_refused_with_its_entry(data: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_cues(data)


def test_cues_match_plurals_stems_and_case_where_asked() -> None:
    lexicon: CueLexicon = parse_cues(
        {
            "types": {
                "unrest": {"label": "U", "strong": ["protest*", "riot", "=march"]},
                "general": {"label": "G"},
            },
            "ignore": {"phrases": ["riot police"]},
        }
    )
    found = [h.text for h in lexicon.find("Protesters and riots; riot police; March 3; they march")]
    assert found == ["Protesters", "riots", "riot police", "march"]
    assert [h.weights for h in lexicon.find("riot police")] == [()]


ALERTS = Path(__file__).parents[1] / "data" / "alerts"


@pytest.mark.parametrize("path", sorted(ALERTS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_alert_articles_are_classed_as_labelled(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert kind(path.read_text(encoding="utf-8")) == expected["event_type"]
