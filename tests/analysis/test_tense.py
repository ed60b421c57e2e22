"""Dates resolved by the tense of their clause, periods, and timeline events as short phrases."""

from __future__ import annotations

from datetime import date

import pytest

from briefwright.analysis.dates.finding import find_dates
from briefwright.analysis.dates.tense import verb_group_for
from briefwright.analysis.engine import analyze
from briefwright.analysis.language import get_nlp
from briefwright.analysis.sections.headings import Token
from briefwright.ingest import article_from_text

SUNDAY = date(2026, 11, 29)
MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)


def _tokens(text: str) -> list[Token]:
    return [Token(t.text, t.tag_, t.idx) for t in get_nlp()(text)]


def _resolve(text: str, phrase: str, base: date | None) -> tuple[str | None, str, str]:
    refs = find_dates(text, 1, base, _tokens(text))
    [ref] = [r for r in refs if r.text == phrase]
    return ref.value, ref.granularity, ref.when


@pytest.mark.parametrize(
    ("text", "phrase", "base", "value", "when"),
    [
        # Future clauses resolve forward, past clauses backward.
        ("He will face a no-confidence vote on Wednesday.", "Wednesday", MONDAY, "2026-12-02",
         "future"),
        ("The party said on Wednesday it would back the motion.", "Wednesday", MONDAY,
         "2026-11-25", "past"),
        ("The talks are due to open on Thursday.", "Thursday", MONDAY, "2026-12-03", "future"),
        ("The ministry plans to publish the rules on Friday.", "Friday", MONDAY, "2026-12-04",
         "future"),
        ("Lawmakers vote on Friday on the bill.", "Friday", MONDAY, "2026-12-04", "future"),
        ("Gunmen stormed the hotel on Sunday, police said.", "Sunday", MONDAY, "2026-11-29",
         "past"),
        ('"On Wednesday, we will vote for the motion," she said.', "Wednesday", TUESDAY,
         "2026-12-02", "future"),
        # The article's own weekday: today, whichever the tense.
        ("The minister said on Monday that talks had failed.", "Monday", MONDAY, "2026-11-30",
         "past"),
        ("Parliament will vote on Monday evening.", "Monday", MONDAY, "2026-11-30", "future"),
        # "by", "until", "from" look forward unless the clause is past.
        ("Crews would restore power by Wednesday.", "Wednesday", MONDAY, "2026-12-02", "future"),
        ("Stay-at-home orders apply until Friday.", "Friday", MONDAY, "2026-12-04", "future"),
        ("The ceasefire held until Friday.", "Friday", MONDAY, "2026-11-27", "past"),
        ("They hoped to agree the bills by the end of January.", "January", MONDAY, "2027-01",
         "future"),
        # "last" and "next" say it themselves.
        ("The House passed the bill last Thursday.", "last Thursday", MONDAY, "2026-11-26",
         "past"),
        ("Allies will meet in Brussels next Tuesday.", "next Tuesday", MONDAY, "2026-12-08",
         "future"),
        # Months and days without a year follow the tense too.
        ("He took office in September.", "September", TUESDAY, "2026-09", "past"),
        ("Elections will be held in March.", "March", TUESDAY, "2027-03", "future"),
        ("A budget must be adopted by Dec. 20.", "Dec. 20", TUESDAY, "2026-12-20", "future"),
        ("The case was filed on 24 November.", "24 November", TUESDAY, "2026-11-24", "past"),
        # A day without a year lies within half a year of the article (wire style writes the
        # year of any other): a tense that points a year away yields to the nearer day.
        ("The case was filed on 3 December.", "3 December", TUESDAY, "2026-12-03", "future"),
        # Only the date's own clause decides: a relative clause's present is a schedule.
        ("Rival Nordline, which reports on Dec. 9, cut its guidance in October.", "Dec. 9",
         TUESDAY, "2026-12-09", "future"),
        ("The cuts follow layoffs announced in February.", "February", TUESDAY, "2026-02",
         "past"),
        # A future seen from the past looks forward, and so does a clause of time under it.
        ("Delegations were to arrive by Thursday.", "Thursday", TUESDAY, "2026-12-03", "future"),
        ("The storm was expected to weaken as it crossed the sea by Friday.", "Friday", TUESDAY,
         "2026-12-04", "future"),
        ("Officials would evacuate the coast before the storm arrived on Friday.", "Friday",
         TUESDAY, "2026-12-04", "future"),
        ("Hundreds fled as the storm crossed the coast on Sunday.", "Sunday", TUESDAY,
         "2026-11-29", "past"),
        ("The cyclone was forecast to make landfall by Sunday evening.", "Sunday", TUESDAY,
         "2026-12-06", "future"),
        # Periods.
        ("Prices have risen since March 2024.", "since March 2024", TUESDAY,
         "2024-03/2026-12-01", "past"),
        ("Output will grow in the first half of next year.", "the first half of next year", TUESDAY,
         "2027-01/2027-06", "future"),
        ("Prices are expected to stay firm in the first half.", "the first half", TUESDAY,
         "2027-01/2027-06", "future"),
        ("Sales fell in the third quarter.", "the third quarter", TUESDAY, "2026-07/2026-09",
         "past"),
        ("Profit rose 4% in Q3 2025.", "Q3 2025", TUESDAY, "2025-07/2025-09", "past"),
        ("The group has carried out 41 strikes this year.", "this year", TUESDAY, "2026",
         "present"),
        ("The law will take effect next year.", "next year", TUESDAY, "2027", "future"),
        ("Prices have risen since at least 2019.", "since at least 2019", TUESDAY,
         "2019/2026-12-01", "past"),
        # On a Sunday "next week" starts the next day; "last week" is the one ending.
        ("The council will be briefed next week.", "next week", SUNDAY, "2026-11-30", "future"),
        ("The coup came last week.", "last week", SUNDAY, "2026-11-23", "past"),
    ],
)  # fmt: skip
def test_tense_and_periods(
    text: str, phrase: str, base: date, value: str, when: str
) -> None:
    got_value, _, got_when = _resolve(text, phrase, base)
    assert (got_value, got_when) == (value, when)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "granularity"),
    [
        ("He will face a vote on Wednesday.", "Wednesday", None, "unknown"),
        ("Prices have risen since March.", "since March", None, "unknown"),
        ("Prices have risen since 2021.", "since 2021", "2021/..", "period"),
        ("Sales fell in the third quarter.", "the third quarter", None, "unknown"),
    ],
)
def test_without_article_date_nothing_is_guessed(
    text: str, phrase: str, value: str | None, granularity: str
) -> None:
    got_value, got_granularity, _ = _resolve(text, phrase, None)
    assert (got_value, got_granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("text", "phrase", "reported"),
    [
        ("Police said on Tuesday that gunmen had stormed the hotel.", "Tuesday", True),
        ("Gunmen stormed the hotel on Tuesday, police said.", "Tuesday", False),
        ("The UN says 15,000 people fled on Tuesday.", "Tuesday", False),
    ],
)
def test_report_dates_apart(text: str, phrase: str, reported: bool) -> None:
    [ref] = [r for r in find_dates(text, 1, MONDAY, _tokens(text)) if r.text == phrase]
    assert ref.reported is reported


@pytest.mark.parametrize(
    ("text", "phrase", "verb"),
    [
        ("Al-Shabaab fighters stormed a hotel used by officials in Mogadishu on Tuesday.",
         "Tuesday", "stormed"),
        ("The floods, the worst since 2021, have displaced more people this year.", "this year",
         "have displaced"),
        ("Costs rose on Tuesday as investors weighed a collapse since the election in June.",
         "June", None),
        ("Swiss glaciers lost 4% of their remaining volume this year.", "this year", "lost"),
    ],
)  # fmt: skip
def test_verb_of_a_date(text: str, phrase: str, verb: str | None) -> None:
    tokens = _tokens(text)
    start = text.index(phrase)
    group = verb_group_for(tokens, start, start + len(phrase))
    got = " ".join(t.text for t in tokens[group.start : group.end]) if group else None
    assert got == verb


WIRE = (
    "French government faces no-confidence vote over budget\n\n"
    "PARIS, Dec. 1, 2026 (Reuters) - Prime Minister Julien Vautrin will face a no-confidence "
    "vote on Wednesday after his government forced its budget through parliament.\n\n"
    "The far-right National Rally (RN) said on Monday it would back a censure motion tabled by "
    "the left.\n\n"
    "Vautrin, who took office in September, invoked Article 49.3 of the constitution on "
    "Monday.\n\n"
    "Al-Shabaab fighters stormed a hotel used by officials in Mogadishu on Tuesday, killing at "
    "least 14 people, police said.\n\n"
    "Sudan's army and the RSF have agreed to send delegations to Nairobi, Kenya's foreign "
    "ministry said on Monday.\n\n"
    "Kiplagat will fly home on Tuesday and is due to meet the sports minister on Thursday."
)


@pytest.fixture(scope="module")
def wire_events() -> list[tuple[str, str | None, bool]]:
    analysis = analyze(article_from_text(WIRE))
    return [(e.text, e.date.value, e.upcoming) for e in analysis.events]


@pytest.mark.parametrize(
    "event",
    [
        ("Prime Minister Julien Vautrin will face a no-confidence vote", "2026-12-02", True),
        ("The far-right National Rally (RN) said it would back a censure motion tabled by the "
         "left", "2026-11-30", False),
        ("Vautrin took office", "2026-09", False),
        ("Vautrin invoked Article 49.3 of the constitution", "2026-11-30", False),
        ("Al-Shabaab fighters stormed a hotel used by officials in Mogadishu", "2026-12-01",
         False),
        ("Sudan's army and the RSF have agreed to send delegations to Nairobi", "2026-11-30",
         False),
        ("Kiplagat will fly home", "2026-12-01", True),
        ("Kiplagat is due to meet the sports minister", "2026-12-03", True),
    ],
)  # fmt: skip
def test_events_are_short_phrases(
    wire_events: list[tuple[str, str | None, bool]], event: tuple[str, str, bool]
) -> None:
    assert event in wire_events


def test_every_event_is_shorter_than_its_sentence(
    wire_events: list[tuple[str, str | None, bool]],
) -> None:
    assert wire_events
    assert all(len(text.split()) <= 20 for text, _, _ in wire_events)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nunez hit the woodwork in the second half.", []),
        ("The third quarter ended with a three-pointer.", []),
        ("Sales fell 3% in the third quarter.", ["the third quarter"]),
        ("The recession could deepen in the second half of the year.",
         ["the second half of the year"]),
    ],
)  # fmt: skip
def test_halves_and_quarters_of_a_year_only(text: str, found: list[str]) -> None:
    assert [r.text for r in find_dates(text, 1, TUESDAY)] == found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Talks brokered by Saudi Arabia and the United States in Jeddah resumed last month.",
         "Talks resumed"),
        ("The agreement ends a rift that began in 2016.", "A rift began"),
        ("Henry, who has led Haiti since the assassination of President Moise in July 2021, "
         "was stranded.", "Henry has led Haiti since the assassination of President Moise"),
        ("The hotel was last attacked in August 2024, when a siege left nine dead.",
         "The hotel was last attacked"),
        ('"We will vote for the motion on Wednesday," she said.', None),
        ("The decision comes in the wake of last week's coup, which shocked the region.",
         "The decision comes in the wake of last week's coup"),
        # Statements of a view or a state are no events; a year dates an event only when
        # the clause tells one.
        ("Overcapacity was the main risk for the industry in 2027, an analyst said.", None),
        ("The company now expects earnings before interest, taxes, depreciation and "
         "amortisation (EBITDA) of 3 billion to 3.5 billion euros this year.", None),
        ("Georgia will hold early elections in 2027.", "Georgia will hold early elections"),
        ("The final is due on Sunday.", "The final is due"),
        ("They were under way on Wednesday.", None),
        # A clause of time with a pronoun dates the clause it depends on.
        ("The storm killed 14 people and cut power as it swept across the island on Monday.",
         "The storm killed 14 people"),
        # An aside between commas does not part a date from its verb; another date of the
        # sentence is no part of the subject.
        ("Altavia said on Tuesday it would cut 4,000 jobs, or 9% of its staff, by March.",
         "Altavia said it would cut 4,000 jobs"),
        # An event names who did it: the noun phrase a relative pronoun stands for, the noun
        # a past participle describes (told as a passive); a lone "-ing" form tells none.
        ("The deal needs approval from the European Parliament, which votes on it in January.",
         "The European Parliament votes on it"),
        ("The contract, signed in 2023, was cancelled.", "The contract was signed"),
        ("Quispe, who served under two governments, has denied wrongdoing since his arrest in "
         "May.", None),
        ("The carmaker expects profit of 2 billion euros for the year ending in March.", None),
        # A participle inside a compound adjective is no verb of the clause.
        ("Leaders will sign the long-delayed pact in Montevideo on Dec. 6.",
         "Leaders will sign the long-delayed pact in Montevideo"),
    ],
)  # fmt: skip
def test_event_phrase_edge_cases(text: str, event: str | None) -> None:
    article = article_from_text(text)
    events = [e.text for e in analyze(article).events]
    assert events == ([event] if event else [])


@pytest.mark.parametrize(
    ("text", "phrase", "when"),
    [
        ("The government cut subsidies this month.", "this month", "present"),
        ("The government cut subsidies earlier this month.", "earlier this month", "past"),
        ("The talks resume later this week.", "later this week", "future"),
    ],
)
def test_without_article_date_the_phrase_still_says_when(
    text: str, phrase: str, when: str
) -> None:
    assert _resolve(text, phrase, None)[2] == when


# Clauses met in public news (TimeBank, AQUAINT): bench/quality_dates_public.py.
@pytest.mark.parametrize(
    ("text", "phrase", "base", "value", "when"),
    [
        # A bare infinitive has no tense: the day looks back.
        ("Two rival bidders extended their offers to acquire the maker Friday.", "Friday",
         MONDAY, "2026-11-27", "past"),
        # A possessive day names what has happened, unless the clause looks forward.
        ("The move follows Tuesday's declaration by Ford.", "Tuesday", MONDAY, "2026-11-24",
         "past"),
        ("The result will be known after Sunday's vote.", "Sunday", MONDAY, "2026-12-06",
         "future"),
        # The earliest a thing to come may happen.
        ("The group could come to the United States as early as Tuesday.", "Tuesday", MONDAY,
         "2026-12-01", "future"),
        # A present perfect runs up to now: "through" and "until" reach ahead, "from" back.
        ("Banks have extended the loans through January.", "January", TUESDAY, "2027-01",
         "future"),
        ("Oil prices have come down from the middle of October.", "October", TUESDAY,
         "2026-10", "past"),
        # Intent seen from the past looks forward.
        ("Officials said they did not plan to remove him on Thursday.", "Thursday", TUESDAY,
         "2026-12-03", "future"),
        ("Protesters were planning to drive around the airport on Monday.", "Monday", TUESDAY,
         "2026-12-07", "future"),
        # What a verb of intent expects its object to do is still to come; after a verb of
        # asking the day may be the asking's.
        ("She said crews expected the winds to ease on Thursday.", "Thursday", TUESDAY,
         "2026-12-03", "future"),
        ("Police told residents to leave their homes on Monday.", "Monday", TUESDAY,
         "2026-11-30", "past"),
        # Eight months back in a past clause stays there (the next March is not much nearer).
        ("The unit had revenue of $76 million for the year ended March 31.", "March 31",
         TUESDAY, "2026-03-31", "past"),
        # A thing still to come that a past verb points to: a bare month looks forward.
        ("The judge barred the agency from collecting it until a full hearing in January.",
         "January", TUESDAY, "2027-01", "future"),
        ("The court adjourned the case to a hearing scheduled for March.", "March", TUESDAY,
         "2027-03", "future"),
        ("The panel set the next hearing in February.", "February", TUESDAY, "2027-02",
         "future"),
        ("The court heard final arguments, with a verdict due in June.", "June", TUESDAY,
         "2027-06", "future"),
        ("He was detained pending trial in March.", "March", TUESDAY, "2027-03", "future"),
        ("The prosecutor has scheduled a news conference Thursday.", "Thursday", TUESDAY,
         "2026-12-03", "future"),
        # "until" a month names the end of a state, "next to" a place, "the next day" a time
        # told from the story's: the past stays past.
        ("The protests ended the next day in March.", "March", TUESDAY, "2026-03", "past"),
        ("The plant remained closed until January.", "January", TUESDAY, "2026-01", "past"),
        ("Dozens were killed in blasts next to the embassy in March.", "March", TUESDAY,
         "2026-03", "past"),
        ("He was jailed last March pending a trial.", "last March", TUESDAY, "2026-03", "past"),
    ],
)  # fmt: skip
def test_news_clauses(text: str, phrase: str, base: date, value: str, when: str) -> None:
    got_value, _, got_when = _resolve(text, phrase, base)
    assert (got_value, got_when) == (value, when)
