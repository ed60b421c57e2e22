"""Dates that hold: another article date resolves every date again; relative days are dated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefwright.app.pipeline import open_briefing
from briefwright.draft.dating import dates_state, restore_dates, set_article_date, with_day_notes
from briefwright.layout.compose import compose

WIRE = (
    "Kenya's president sacks interior minister\n\n"
    "NAIROBI, March 3 (Reuters) - Kenya's president on Monday dismissed his interior minister "
    "after police shot dead 12 protesters over the weekend, the presidency said.\n\n"
    "Opposition leader Raila Odinga said protests would continue until Sunday unless the tax "
    "was withdrawn.\n\n"
    "Parliament is due to debate the finance bill next month.\n"
)


def _wire(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    return open_briefing(path)


def test_a_yearless_dateline_dates_the_article_and_its_days(tmp_path: Path) -> None:
    b = _wire(tmp_path)
    assert b.lead_article.date is not None and b.lead_article.date_inferred
    assert (b.lead_article.date.month, b.lead_article.date.day) == (3, 3)
    monday = next(d for d in b.dates if d.text.endswith("Monday"))
    assert date.fromisoformat(monday.value).weekday() == 0
    assert 0 < (b.lead_article.date - date.fromisoformat(monday.value)).days < 7


def test_another_article_date_resolves_every_date_and_can_be_undone(tmp_path: Path) -> None:
    b = _wire(tmp_path)
    before = dates_state(b)
    set_article_date(b, date(2025, 3, 5))  # a Wednesday
    assert b.lead_article.date == date(2025, 3, 5) and not b.lead_article.date_inferred
    values = {d.text: d.value for d in b.dates}
    assert values[next(t for t in values if t.endswith("Monday"))] == "2025-03-03"
    assert values[next(t for t in values if t.endswith("Sunday"))] == "2025-03-09"
    assert values["next month"] == "2025-04"
    restore_dates(b, before)
    assert b.dates == list(before.dates) and b.sources == list(before.sources)
    set_article_date(b, None)
    assert all(not d.value for d in b.dates if "Monday" in d.text)


def test_relative_days_carry_their_date_unless_the_briefing_is_of_that_day(
    tmp_path: Path,
) -> None:
    b = _wire(tmp_path)
    set_article_date(b, date(2025, 3, 5))
    b.meta.dtg = "101200Z MAR 25"
    lead = b.lead_article.lead_paragraph
    text = b.lead_article.paragraph(lead).sentence_text(0)
    noted = with_day_notes(b, text, lead, 0)
    assert "on Monday [3 Mar] dismissed" in noted
    # A number in the phrase already dates it; a briefing of the article's day needs no note.
    b.meta.dtg = "051200Z MAR 25"
    assert with_day_notes(b, text, lead, 0) == text
    b.meta.dtg = "101200Z MAR 25"
    b.date_notes = False
    assert with_day_notes(b, text, lead, 0) == text
    b.date_notes = True
    printed = "\n".join(compose(b).plain_lines())
    assert "[3 Mar]" in printed and "until Sunday [9 Mar]" in printed


def test_the_sources_line_says_the_year_was_inferred(tmp_path: Path) -> None:
    b = _wire(tmp_path)
    lines = "\n".join(compose(b).plain_lines())
    assert f"{b.lead_article.date.isoformat()} (year inferred from the reading date)" in lines


def test_the_timeline_runs_in_date_order_after_another_article_date(tmp_path: Path) -> None:
    b = _wire(tmp_path)
    before = dates_state(b)
    set_article_date(b, date(2025, 3, 5))
    dated = [e.date for e in b.events if e.date]
    assert dated == sorted(dated)
    assert all(e.date for e in b.events[: len(dated)])  # undated ones come last
    restore_dates(b, before)
    assert [e.id for e in b.events] == [e.id for e in before.events]
