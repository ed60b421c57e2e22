"""The news layout: headline, byline, date line and dateline in every reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from briefwright.ingest import article_from_text, read_article
from briefwright.ingest.masthead import (
    find_dateline,
    is_headline,
    parse_byline,
    parse_credits,
    parse_date_line,
)
from briefwright.ingest.placecase import normal_case

LEDE = "Officials said the vote would go ahead."


@pytest.mark.parametrize(
    ("opening", "place", "outlet", "when"),
    [
        ("PARIS, Dec. 1, 2026 (Reuters) - ", "Paris", "Reuters", date(2026, 12, 1)),
        ("MOGADISHU (Reuters) — ", "Mogadishu", "Reuters", None),
        ("LONDON, 1 December 2026 – ", "London", None, date(2026, 12, 1)),
        ("NAIROBI, Kenya, Dec 1 (AP) - ", "Nairobi, Kenya", "AP", None),
        ("WASHINGTON — ", "Washington", None, None),
        ("WASHINGTON—", "Washington", None, None),
        ("BEIRUT/ANKARA, Dec 1 (Reuters) - ", "Beirut/Ankara", "Reuters", None),
        ("Paris (AFP) - ", "Paris", "AFP", None),
        ("PORT-AU-PRINCE, Haiti (AP) — ", "Port-au-Prince, Haiti", "AP", None),
        ("RIO DE JANEIRO, Nov. 30 (Reuters) - ", "Rio de Janeiro", "Reuters", None),
        ("THE HAGUE, Nov 26 (Reuters) - ", "The Hague", "Reuters", None),
        ("SEOUL, Dec 1 (Yonhap) -- ", "Seoul", "Yonhap", None),
        ("LA PAZ, Bolivia, Nov. 27, 2026 (AP) — ", "La Paz, Bolivia", "AP", date(2026, 11, 27)),
        ("GENEVA, Monday (Reuters) - ", "Geneva", "Reuters", None),
        ("WASHINGTON, D.C. — ", "Washington, D.C.", None, None),
        ("SACRAMENTO, Calif. (AP) — ", "Sacramento, Calif.", "AP", None),
        ("INDEPENDENCE, MO. (AP) -- ", "Independence, MO.", "AP", None),
        ("(CNN) — ", None, "CNN", None),
        ("Dec 1, 2026 (Reuters) - ", None, "Reuters", date(2026, 12, 1)),
    ],
)
def test_datelines(
    opening: str, place: str | None, outlet: str | None, when: date | None
) -> None:
    found = find_dateline(opening + LEDE)
    assert found is not None
    assert (found.place, found.outlet, found.date) == (place, outlet, when)
    assert (opening + LEDE)[found.end :] == LEDE
    assert found.text == opening.strip()


@pytest.mark.parametrize(
    "text",
    [
        "NATO ALLIES AGREED ON TUESDAY TO SEND MORE TROOPS TO THE EASTERN FLANK.",
        "UNITED NATIONS peacekeepers came under fire on Saturday.",
        "BREAKING — Troops have entered the capital.",
        "URGENT - The ministry has confirmed the strike.",
        "UN — the agency said it would suspend work.",
        "The recent political upheaval in Niger has led to an evacuation.",
        "EU officials - speaking anonymously - said talks had stalled.",
        "Paris - the city of light - hosted the summit.",
        "UPDATE 2-France's government faces a vote.",
        "(ii) - the second option was rejected.",
        "(Reuters) - the agency said.",
        "LONDON-based lenders raised rates.",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("By Jane Doe", "Jane Doe", None),
        ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe", "Reuters"),
        ("By JANE DOE", "Jane Doe", None),
        ("By Reuters Staff", None, "Reuters"),
        ("By AFP", None, "AFP"),
        ("By Jane Doe in Paris", "Jane Doe", None),
        ("By Jane Doe | Reuters", "Jane Doe", "Reuters"),
        ("By Jane Doe, Senior Correspondent", "Jane Doe", None),
        ("By Ama Yusuf, Kofi Mensah and Lena Park", "Ama Yusuf, Kofi Mensah and Lena Park", None),
        ("By Wanjiru Kamau · 30 November 2026", None, None),
    ],
)
def test_bylines(line: str, names: str | None, outlet: str | None) -> None:
    found = parse_byline(line)
    if names is None and outlet is None:
        assert found is None
    else:
        assert found == (names, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, troops had left the city.",
        "By the end of the day the count was over.",
        "By Friday",
        "Byelection results are due tonight",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Published 1 December 2026 10:02 GMT", date(2026, 12, 1)),
        ("December 1, 2026", date(2026, 12, 1)),
        ("Updated: Dec. 1, 2026 at 9:15 a.m. EST", date(2026, 12, 1)),
        ("Tuesday, December 1, 2026", date(2026, 12, 1)),
        ("2026-12-01", date(2026, 12, 1)),
        ("December 1, 2026 was a cold day", None),
        ("Published by the ministry", None),
    ],
)
def test_date_lines(line: str, when: date | None) -> None:
    assert parse_date_line(line) == when


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Barnier faces no-confidence vote as budget row deepens", True),
        ("Will the government survive the vote?", True),
        ("Peacekeepers come under fire near Goma as M23 advances", True),
        ("The government has fallen.", False),
        ("Officials said the following:", False),
        ("Politics", False),
        ("the vote is on Wednesday", False),
        ("By Jane Doe", False),
        ("PARIS (Reuters) - The vote", False),
        ("December 1, 2026", False),
        (" ".join(["word"] * 40), False),
    ],
)
def test_headline_lines(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


@pytest.mark.parametrize(
    ("caps", "normal"),
    [
        ("PARIS", "Paris"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("N'DJAMENA", "N'Djamena"),
        ("THE HAGUE", "The Hague"),
        ("ST. PETERSBURG", "St. Petersburg"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("Nairobi", "Nairobi"),
    ],
)
def test_normal_case(caps: str, normal: str) -> None:
    assert normal_case(caps) == normal


WIRE = (
    "French government faces no-confidence vote over budget\n"
    "By Camille Roussel and Hugo Lemaire, Reuters\n\n"
    "PARIS, Dec. 1, 2026 (Reuters) - Prime Minister Julien Vautrin will face a vote on "
    "Wednesday.\n\nThe far-right National Rally said it would back the motion."
)


def test_plain_text_wire_story() -> None:
    article = article_from_text(WIRE)
    assert article.title == "French government faces no-confidence vote over budget"
    assert article.author == "Camille Roussel and Hugo Lemaire"
    assert (article.date, article.place, article.outlet) == (date(2026, 12, 1), "Paris", "Reuters")
    assert article.dateline == "PARIS, Dec. 1, 2026 (Reuters) -"
    assert article.paragraphs[0].text.startswith("Prime Minister Julien Vautrin")
    assert [p.id for p in article.paragraphs] == [1, 2]


def test_header_fields_keep_working_and_win() -> None:
    text = (
        "title: Budget vote\ndate: 2026-11-30\nsource: Example Wire\n\n"
        "Headline-like line without a stop\n\n"
        "KYIV, Nov 30 (Reuters) - Russia launched drones overnight.\n\nMore text here."
    )
    article = article_from_text(text)
    assert article.title == "Budget vote"
    assert article.date == date(2026, 11, 30)
    # A title header leaves the first line to the body: no second headline is taken.
    assert article.paragraphs[0].text == "Headline-like line without a stop"
    assert article.outlet == "Example Wire"
    assert article.place is None


def test_header_field_with_dateline_lede() -> None:
    text = (
        "title: Drones hit Kyiv\ndate: 2026-11-30\n\n"
        "KYIV, Nov 30 (Reuters) - Russia launched drones."
    )
    article = article_from_text(text)
    assert (article.title, article.place, article.outlet) == ("Drones hit Kyiv", "Kyiv", "Reuters")
    assert article.paragraphs[0].text == "Russia launched drones."


def test_sample_date_quirk_unchanged() -> None:
    sample = Path(__file__).resolve().parents[2] / "seeds" / "niger-coup-us-embassy-evacuation.txt"
    article = read_article(sample)
    assert (article.title, article.date, article.place) == ("", date(2023, 11, 12), None)
    assert article.paragraphs[0].text.startswith("The recent political upheaval in Niger")
    assert len(article.paragraphs) == 10


@pytest.mark.parametrize(
    "text",
    [
        # A hard-wrapped first paragraph: its first line is no headline.
        "The army seized power in the capital on Wednesday and closed\n"
        "the borders, officials said.\n\nMore text follows here.",
        # One paragraph only: nothing follows a headline-like line.
        "Troops seized the palace",
        # An ordinary first sentence.
        "Troops seized the palace on Wednesday.\n\nThe president was detained.",
        # An all-caps first sentence that is no dateline.
        "NATO ALLIES AGREED ON TUESDAY TO SEND TROOPS.\n\nThe decision was unanimous.",
    ],
)
def test_no_headline_taken(text: str) -> None:
    article = article_from_text(text)
    assert article.title == ""
    assert article.place is None
    assert article.paragraphs[0].text.split()[0] == text.split()[0]


def test_markdown_headline_byline_and_bold_dateline(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "# Cholera cases double in South Sudan\n\n*By Achol Deng*\n\n"
        "**JUBA, South Sudan, 30 November 2026 –** Cholera cases have doubled.\n\nMore.",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Cholera cases double in South Sudan"
    assert (article.author, article.place, article.date) == (
        "Achol Deng",
        "Juba, South Sudan",
        date(2026, 11, 30),
    )
    assert article.paragraphs[0].text == "Cholera cases have doubled."


HTML = """<!DOCTYPE html><html><head>
<title>Talks open | Horizon Daily</title>
<meta property="og:title" content="Sudan's warring sides agree to talks">
<meta property="og:site_name" content="Horizon Daily">
<meta property="article:published_time" content="2026-11-30T16:20:00+03:00">
</head><body><article><h1>Sudan's warring sides agree to talks</h1>
<p>By Wanjiru Kamau</p>
<p>NAIROBI, Kenya (AP) — Sudan's army and the Rapid Support Forces agreed to talks, Kenya's
foreign ministry said on Monday, after months of fighting around the capital.</p>
<p>The talks are due to open on Thursday and could last up to two weeks, officials said.</p>
</article></body></html>"""


def test_html_meta_and_dateline_in_body(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Sudan's warring sides agree to talks"
    # The page's declared date, not a guess (a date after today's is kept as declared).
    assert article.date == date(2026, 11, 30)
    assert (article.place, article.outlet, article.source) == (
        "Nairobi, Kenya",
        "AP",
        "Horizon Daily",
    )
    assert article.paragraphs[0].text.startswith("Sudan's army")


def test_html_time_element_gives_the_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><h1>Court orders halt to dam works</h1>"
        '<p>Published <time datetime="2026-11-26">26 Nov</time></p>'
        "<p>THE HAGUE (Reuters) - The court on Thursday ordered a halt to the works on the "
        "river, saying they risked irreparable harm to the lake.</p>"
        "<p>The full case is expected to take several years, lawyers said.</p></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.date, article.place) == (
        "Court orders halt to dam works",
        date(2026, 11, 26),
        "The Hague",
    )
    assert article.paragraphs[0].text.startswith("The court on Thursday")


@pytest.mark.parametrize("titled", [True, False])
def test_word_title_or_first_line_byline_and_dateline(tmp_path: Path, titled: bool) -> None:
    document = docx.Document()
    document.add_paragraph(
        "Portugal's parliament approves budget", style="Title" if titled else None
    )
    document.add_paragraph("By Ana Ferreira, Lusa")
    document.add_paragraph("LISBON, Nov 27, 2026 - Portugal's parliament approved the budget.")
    document.add_paragraph("The budget passed with 116 votes in favour.")
    path = tmp_path / "story.docx"
    document.save(str(path))
    article = read_article(path)
    assert article.title == "Portugal's parliament approves budget"
    assert (article.author, article.outlet, article.place) == ("Ana Ferreira", "Lusa", "Lisbon")
    # The dateline's date, not the file's creation date.
    assert article.date == date(2026, 11, 27)
    assert [p.text[:10] for p in article.paragraphs] == ["Portugal's", "The budget"]


def test_section_heading_first_is_no_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "## Deal with bondholders\n\nGhana reached a deal.\n\n## Next steps\n\nCreditors meet.",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == ""
    assert article.paragraphs[0].text == "Deal with bondholders"


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("(Reporting by Abdi Sheikh in Mogadishu and Hereward Lane in Nairobi; Editing by "
         "Alex Richards)", "Abdi Sheikh and Hereward Lane"),
        ("Reporting by Jane Doe; Writing by John Roe; Editing by Ann Lee", "Jane Doe"),
        ("(Editing by Ann Lee)", ""),
        ("Our Standards: The Thomson Reuters Trust Principles.", ""),
        ("© 2026 Reuters", ""),
        ("Copyright 2026 The Associated Press. All rights reserved.", ""),
        ("Reporting by the ministry was incomplete, officials said.", None),
        ("The reporting by state media was false.", None),
    ],
)  # fmt: skip
def test_closing_credits(line: str, reporters: str | None) -> None:
    assert parse_credits(line) == reporters


def test_closing_credits_are_no_paragraph() -> None:
    text = (
        "Gunmen storm hotel in Mogadishu\n\nMOGADISHU (Reuters) — Gunmen stormed a hotel.\n\n"
        "Police said the siege had ended.\n\n"
        "(Reporting by Abdi Sheikh; Editing by Alex Richards)\n\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    article = article_from_text(text)
    assert [p.text for p in article.paragraphs] == [
        "Gunmen stormed a hotel.",
        "Police said the siege had ended.",
    ]
    assert article.author == "Abdi Sheikh"
