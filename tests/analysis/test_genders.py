"""Whom an article calls "he" and whom "she", and the speakers a pronoun may stand for."""

from __future__ import annotations

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.antecedents import mentions_of
from briefwright.analysis.entities.genders import genders, other_gender
from briefwright.ingest import article_from_text

TEACHER = (
    "There was little to set Mohammed Emwazi -- a quiet, hardworking boy -- apart from his "
    "classmates, said Joanna Shuter, his former head teacher. "
    "Shuter sees social media as the greatest danger to young people today. "
    '"I think social media is terrifying," she said. '
    "She still finds it hard to believe that Emwazi could be the killer on the videos. "
    '"My blood just ran cold," she said of when she first heard the news.'
)


def test_the_article_tells_who_is_a_man_and_who_a_woman() -> None:
    article = article_from_text(
        TEACHER + " Mr. Lee Hsien Loong spoke. His grandmother, Sharon Irwin, wept."
    )
    analysis = analyze(article)
    order = {p.id: n for n, p in enumerate(article.paragraphs)}
    known = genders(article, mentions_of(article, analysis.actors, order, {}))
    by_name = {a.name: known.get(a.id) for a in analysis.actors if a.label == "PERSON"}
    assert by_name["Mohammed Emwazi"] == "m"  # "-- a quiet, hardworking boy"
    assert by_name["Joanna Shuter"] == "f"  # "Shuter sees …" then "…," she said'
    assert by_name["Lee Hsien Loong"] == "m"
    assert by_name["Sharon Irwin"] == "f"
    assert other_gender("she", known) == {a.id for a in analysis.actors if known.get(a.id) == "m"}
    assert other_gender("they", known) == frozenset()


def test_she_said_is_never_a_man_named_since_the_last_speaker() -> None:
    facts = analyze(article_from_text(TEACHER)).facts
    assert facts[-1].speaker == "Joanna Shuter"


def test_an_opening_she_stands_for_the_woman_not_the_man_who_is_the_subject() -> None:
    facts = analyze(
        article_from_text(
            "Mr. Tom Reed met his wife, Ann Lee, at the airport on Monday. "
            "She was later taken to hospital, police said."
        )
    ).facts
    assert facts[-1].refers_to == "Ann Lee"
