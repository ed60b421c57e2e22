"""Another article date: every date phrase and event resolved again, without the tagger."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefwright.analysis.dates.finding import redate_phrases
from briefwright.analysis.dates.redate import redate
from briefwright.analysis.engine import analyze, analyze_many
from briefwright.ingest import read_article
from briefwright.model.analysis import Analysis, DateRef
from briefwright.model.article import Article
from tests.wire_set import READ_ON, WIRE

# 3 March 2026 is a Tuesday, 10 March the Tuesday after.
TUESDAY = date(2026, 3, 3)
NEXT_TUESDAY = date(2026, 3, 10)
LEDE = (
    "NAIROBI (Reuters) - Gunmen stormed a hotel in Nairobi on Monday, police said. "
    "The council will vote on Friday on a new security law.\n\n"
    "Parliament has been divided since March over the law, which lawmakers first debated "
    "last week."
)


def _dated(article: Article, day: date | None) -> Article:
    return dataclasses.replace(article, date=day)


@pytest.fixture(scope="module")
def hotel() -> Article:
    from briefwright.ingest import article_from_text

    return article_from_text(LEDE)


def _value(analysis: Analysis, text: str) -> str | None:
    [ref] = [d for d in analysis.dates if d.text == text]
    return ref.value


def test_on_monday_follows_the_article_date(hotel: Article) -> None:
    before = analyze(_dated(hotel, TUESDAY))
    assert _value(before, "Monday") == "2026-03-02"
    after = redate(_dated(hotel, NEXT_TUESDAY), before)
    assert _value(after, "Monday") == "2026-03-09"
    # A future clause still looks forward from the new date; "since March" runs to it.
    assert _value(after, "Friday") == "2026-03-13"
    assert _value(after, "since March") == "2026-03/2026-03-10"
    assert _value(after, "last week") == "2026-03-02"
    # Back again: the first analysis.
    assert redate(_dated(hotel, TUESDAY), after) == before


def test_events_take_their_dates_new_value(hotel: Article) -> None:
    after = redate(_dated(hotel, NEXT_TUESDAY), analyze(_dated(hotel, TUESDAY)))
    assert {(e.date.text, e.date.value, e.upcoming) for e in after.events} >= {
        ("Monday", "2026-03-09", False),
        ("Friday", "2026-03-13", True),
    }


def test_without_article_date_nothing_resolves_and_a_date_resolves_all(hotel: Article) -> None:
    dated = analyze(_dated(hotel, TUESDAY))
    undated = redate(_dated(hotel, None), dated)
    assert _value(undated, "Monday") is None
    assert redate(_dated(hotel, TUESDAY), undated) == dated


def _wire(name: str) -> Article:
    return read_article(WIRE / name, read_on=READ_ON)


# Articles rich in dates: the sample, and wire stories with futures, periods and weekdays.
ARTICLES = (
    "politics-paris-no-confidence.txt",
    "diplomacy-beirut-ankara-border.txt",
    "disaster-typhoon-kaitak-luzon.txt",
    "politics-bucharest-runoff.txt",
)
DATES = (None, date(2026, 3, 3), date(2024, 2, 29), date(2026, 12, 27))


@pytest.fixture(scope="module")
def articles(sample_article: Article) -> list[Article]:
    return [sample_article, *(_wire(name) for name in ARTICLES)]


@pytest.fixture(scope="module")
def analyses(articles: list[Article]) -> dict[tuple[int, date | None], Analysis]:
    pairs = [(i, day) for i in range(len(articles)) for day in DATES]
    found = analyze_many(_dated(articles[i], day) for i, day in pairs)
    return dict(zip(pairs, found, strict=True))


@pytest.mark.parametrize("first", DATES)
@pytest.mark.parametrize("second", DATES)
def test_redated_equals_analysed_with_that_date(
    articles: list[Article],
    analyses: dict[tuple[int, date | None], Analysis],
    first: date | None,
    second: date | None,
) -> None:
    for i, article in enumerate(articles):
        got = redate(_dated(article, second), analyses[(i, first)])
        assert got == analyses[(i, second)], article.title


def test_redate_needs_no_language_model() -> None:
    code = (
        "import sys, briefwright.analysis.dates.redate; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'numpy'}))"
    )
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    env = {**os.environ, "PYTHONPATH": str(desktop)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def test_analysis_of_another_article_is_refused(hotel: Article, sample_article: Article) -> None:
    with pytest.raises(ValueError, match=r"not in its text|does not have"):
        redate(sample_article, analyze(_dated(hotel, TUESDAY)))


@pytest.mark.parametrize(
    ("text", "words", "value", "granularity"),
    [
        # Cut as an earlier finder did, before "last Oct. 23" and "January this year" were read.
        ("He was shot dead last Oct. 23 at his home.", "last Oct.", "2025-10", "month"),
        ("In January this year, officers searched the site.", "this year", "2026", "year"),
        ("Prices have fallen since year-end.", "since year-end", "2025-12-31/2026-03-03",
         "period"),
    ],
)  # fmt: skip
def test_phrase_cut_by_an_earlier_finder_is_redated_from_its_words(
    text: str, words: str, value: str, granularity: str
) -> None:
    start = text.index(words)
    kept = DateRef(words, 1, start, start + len(words), None, "unknown", tense="past")
    [ref] = redate_phrases(text, [kept], TUESDAY)
    assert (ref.text, ref.start, ref.value, ref.granularity) == (words, start, value, granularity)


def test_phrase_not_in_its_text_is_refused() -> None:
    kept = DateRef("Monday", 1, 0, 6, None, "unknown")
    with pytest.raises(ValueError, match="not in its text"):
        redate_phrases("Friday was calm.", [kept], TUESDAY)
