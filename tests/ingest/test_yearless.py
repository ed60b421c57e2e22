"""A wire dateline without its year: the year from the reading date, a weekday to decide."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest

from briefwright.ingest import article_from_html, article_from_text, read_article, reading
from briefwright.ingest.reading import LEADING_ZONE, day_of, reading_date
from briefwright.ingest.yearless import YEARS_BACK, infer_date, lede_weekdays

# 3 March was a Tuesday in 2026, a Monday in 2025 and a Sunday in 2024.
NAIROBI = "NAIROBI, March 3 (Reuters) - "


def _read(lede: str, read_on: date) -> tuple[date | None, bool]:
    article = article_from_text(NAIROBI + lede, read_on=read_on)
    return article.date, article.date_inferred


@pytest.mark.parametrize(
    ("lede", "read_on", "expected"),
    [
        # No weekday: the most recent 3 March not after the reading date.
        ("Gunmen stormed a hotel, police said.", date(2026, 3, 10), date(2026, 3, 3)),
        ("Gunmen stormed a hotel, police said.", date(2026, 3, 3), date(2026, 3, 3)),
        # A day after the reading date is last year's.
        ("Gunmen stormed a hotel, police said.", date(2026, 3, 2), date(2025, 3, 3)),
        # The lede's weekday is the dateline's day, or the day before, in the latest year.
        ("Gunmen stormed a hotel on Tuesday, police said.", date(2026, 3, 10), date(2026, 3, 3)),
        ("Gunmen stormed a hotel on Monday, police said.", date(2026, 3, 10), date(2026, 3, 3)),
        # Read a year later: the weekday agrees only with the year before.
        ("Gunmen stormed a hotel on Monday, police said.", date(2027, 4, 1), date(2026, 3, 3)),
        ("Gunmen stormed a hotel on Sunday, police said.", date(2026, 3, 10), date(2025, 3, 3)),
        # A weekday that agrees with no year in reach leaves the latest.
        ("Gunmen stormed a hotel on Thursday, police said.", date(2026, 3, 10), date(2026, 3, 3)),
        # A day to come is not the day of the news.
        ("The council will vote on Sunday, officials said.", date(2026, 3, 10), date(2026, 3, 3)),
        ("Talks resume next Sunday, officials said.", date(2026, 3, 10), date(2026, 3, 3)),
    ],
)
def test_year_from_reading_date_and_lede(lede: str, read_on: date, expected: date) -> None:
    assert _read(lede, read_on) == (expected, True)


def test_dateline_weekday_decides() -> None:
    article = article_from_text(
        "NAIROBI, Monday, March 3 (Reuters) - Gunmen stormed a hotel on Tuesday.",
        read_on=date(2026, 3, 10),
    )
    assert (article.date, article.date_inferred) == (date(2025, 3, 3), True)


def test_dateline_with_year_is_not_inferred() -> None:
    article = article_from_text(
        "NAIROBI, March 3, 2019 (Reuters) - Gunmen stormed a hotel.", read_on=date(2026, 3, 10)
    )
    assert (article.date, article.date_inferred) == (date(2019, 3, 3), False)


def test_header_date_wins() -> None:
    article = article_from_text(
        "date: 2024-03-04\n\n" + NAIROBI + "Gunmen stormed a hotel on Sunday.",
        read_on=date(2026, 3, 10),
    )
    assert (article.date, article.date_inferred) == (date(2024, 3, 4), False)


def test_html_date_metadata_wins() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-03-04">'
        "</head><body><h1>Hotel attack in Nairobi</h1>"
        f"<p>{NAIROBI}Gunmen stormed a hotel on Sunday, police said, and held guests.</p>"
        "<p>Security forces ended the siege after several hours, officials said.</p>"
        "</body></html>"
    )
    article = article_from_html(page, read_on=date(2026, 3, 10))
    assert (article.date, article.date_inferred) == (date(2024, 3, 4), False)


def test_word_core_date_wins(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(NAIROBI + "Gunmen stormed a hotel on Sunday, police said.")
    document.core_properties.created = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    path = tmp_path / "wire.docx"
    document.save(str(path))
    article = read_article(path, read_on=date(2026, 3, 10))
    assert (article.date, article.date_inferred) == (date(2024, 3, 4), False)


def test_no_dateline_no_date() -> None:
    article = article_from_text("Gunmen stormed a hotel on Monday.", read_on=date(2026, 3, 10))
    assert (article.date, article.date_inferred) == (None, False)


def _file_modified_on(tmp_path: Path, day: date) -> Path:
    path = tmp_path / "wire.txt"
    path.write_text(NAIROBI + "Gunmen stormed a hotel, police said.\n", encoding="utf-8")
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=LEADING_ZONE).timestamp()
    os.utime(path, (moment, moment))
    return path


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    """Return the day the clock is set to for the test (10 March 2026)."""
    day = date(2026, 3, 10)
    monkeypatch.setattr(reading, "today", lambda: day)
    return day


def test_file_saved_before_today_is_read_on_its_day(tmp_path: Path, today: date) -> None:
    # Saved on 2 March 2026, opened on the 10th: the 3 March meant is 2025's.
    path = _file_modified_on(tmp_path, date(2026, 3, 2))
    article = read_article(path)
    assert (article.date, article.date_inferred) == (date(2025, 3, 3), True)


def test_file_dated_after_today_is_read_today(tmp_path: Path, today: date) -> None:
    path = _file_modified_on(tmp_path, date(2027, 1, 1))
    assert read_article(path).date == date(2026, 3, 3)


def test_given_reading_date_overrides_clock_and_file(tmp_path: Path, today: date) -> None:
    path = _file_modified_on(tmp_path, date(2026, 3, 2))
    assert read_article(path, read_on=date(2026, 3, 4)).date == date(2026, 3, 3)


def test_pasted_text_is_read_today(today: date) -> None:
    article = article_from_text(NAIROBI + "Gunmen stormed a hotel, police said.")
    assert (article.date, article.date_inferred) == (date(2026, 3, 3), True)


@pytest.mark.parametrize(
    ("modified", "expected"),
    [
        (None, date(2026, 3, 10)),
        (datetime(2026, 3, 2, 12, tzinfo=UTC), date(2026, 3, 3)),
        (datetime(2026, 3, 12, 12, tzinfo=UTC), date(2026, 3, 10)),
    ],
)
def test_reading_date(today: date, modified: datetime | None, expected: date) -> None:
    stamp = modified.timestamp() if modified is not None else None
    assert reading_date(stamp) == expected


def test_dates_are_taken_where_the_day_starts_first() -> None:
    # 11:00 UTC on 2 March is already 3 March east of the date line.
    assert day_of(datetime(2026, 3, 2, 11, tzinfo=UTC).timestamp()) == date(2026, 3, 3)
    assert day_of(datetime(2026, 3, 2, 9, tzinfo=UTC).timestamp()) == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("Gunmen stormed a hotel on Monday, police said.", {0}),
        ("Police said Friday that gunmen had stormed a hotel.", {4}),
        ("Gunmen stormed a hotel on Monday and the siege ended Tuesday.", {0, 1}),
        ("The council will vote on Monday.", set()),
        ("The vote, due on Monday, was delayed.", set()),
        ("Talks resume next Monday.", set()),
        ("Voters went to the polls at 8 a.m. on Sunday, officials said.", {6}),
        ("Troops withdrew on Sunday; the talks will open on Friday.", {6}),
        ("Shops stay closed until Friday.", set()),
        ("Shareholders tendered their shares by the Tuesday deadline.", set()),
        # Only the first sentence tells the news.
        ("Gunmen stormed a hotel. The siege ended on Saturday night.", set()),
        ("No weekday here.", set()),
    ],
)
def test_lede_weekdays(lede: str, expected: set[int]) -> None:
    assert lede_weekdays(lede) == expected


def test_leap_day_takes_the_latest_leap_year() -> None:
    assert infer_date(2, 29, date(2026, 3, 10)) == date(2024, 2, 29)


def test_window_limits_how_far_back_a_weekday_reaches() -> None:
    # Sunday is the day before 3 March 2025; one year back sees only 2026's 3 March.
    reading = date(2026, 3, 10)
    assert infer_date(3, 3, reading, lede="It happened on Sunday.", years=1) == date(2026, 3, 3)
    assert infer_date(3, 3, reading, lede="It happened on Sunday.") == date(2025, 3, 3)
    assert YEARS_BACK >= 2


@pytest.mark.parametrize(("month", "day", "years"), [(2, 30, 2), (13, 1, 2), (3, 3, 0)])
def test_impossible_requests_are_refused(month: int, day: int, years: int) -> None:
    with pytest.raises(ValueError, match=r"no year has|years must be"):
        infer_date(month, day, date(2026, 3, 10), years=years)
