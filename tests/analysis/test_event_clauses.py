"""A timeline row tells the clause its date belongs to, with that clause's own subject."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest import article_from_text


def _events(text: str) -> list[str]:
    return [e.text for e in analyze(article_from_text(text)).events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # A participle in the opening phrase dates the document; the main clause acts.
        ("In an order issued Friday, Judge Maria Olsen of the district court granted the "
         "government 60 days to appeal.",
         "Judge Maria Olsen of the district court granted the government 60 days to appeal"),
        ("In a statement released Monday, the ministry said it would close the border.",
         "The ministry said it would close the border"),
        # A relative clause between the subject and its verb is no part of the subject.
        ("Officials who spoke on condition of anonymity said on Monday that the talks had "
         "failed.", "Officials said that the talks had failed"),
        ("Several army commanders who saw the footage made that argument in a March 3 "
         "filing.", "Several army commanders made that argument"),
        # A relative aside between commas leaves the main verb its subject.
        ("These two guards, both of whom have worked for the firm for years, set off early "
         "Sunday morning from Leeds with a van full of cash.",
         "These two guards set off from Leeds with a van full of cash"),
        # An attribution closing the sentence: a title and a name before the verb.
        ("Ana Ruiz, head of the inquiry, has been leading the review, the paper's senior "
         "media correspondent Tom Bell reported Sunday.", "Ana Ruiz has been leading the review"),
        # An attribution opening the sentence: the clause after it is the event.
        ("As the agency reported Thursday, the audit found that the accounts were "
         "incomplete.", "The audit found that the accounts were incomplete"),
        # A date that is the subject tells no event; the report date gives one.
        ('General Paul Reyes told the defence committee on Thursday that "this past year has '
         'marked a sharp rise in incursions."',
         "General Paul Reyes told the defence committee"),
        # A list of verbs shares the subject of its first.
        ("He managed to curb his temper (mostly), served two tours abroad and achieved the "
         "rank of captain in 2011.", "He achieved the rank of captain"),
        # A pronoun right before its verb is the subject alone.
        ("The course will prepare the prince for the post he will take up in August.",
         "He will take up"),
        # A relative clause between commas: the subject is the name it describes.
        ("Pratchett, who wrote more than 70 books, had been diagnosed with Alzheimer's disease "
         "in 2007.", "Pratchett had been diagnosed with Alzheimer's disease"),
        # A date inside the subject's noun phrase stays in it.
        ("A November 2012 apparel factory fire on the city's outskirts killed at least 117 "
         "people.", "A November 2012 apparel factory fire killed at least 117 people"),
        # A leading participle phrase, even one a quotation cuts, is no subject.
        ('Repeating the "abundance of caution" wording, the department issued a news release '
         "Tuesday.", "The department issued a news release"),
        # An "-ing" word after a noun describes it; the subject runs on over it.
        ("A jet carrying 80 people landed safely at the airport on Wednesday, officials said.",
         "A jet carrying 80 people landed safely at the airport"),
        # An aside that opens what a report verb says is crossed.
        ("Cole said Friday that other than that, police have little to go on.",
         "Cole said that other than that, police have little to go on"),
        # An aside between dashes is left out of the subject, not the subject itself.
        ("The deputy governor of Lagos -- the state's second official -- told reporters on "
         "Monday that the curfew would stay.",
         "The deputy governor of Lagos told reporters that the curfew would stay"),
        # A clause or an infinitive before the comma is no subject.
        ("As rescuers continued their search, residents gathered on Sunday outside the town "
         "hall.", "Residents gathered outside the town hall"),
        ("To calm the markets, the central bank cut its main rate on Thursday.",
         "The central bank cut its main rate"),
        # "so many … that X was …": the words after "that" are the subject.
        ("The city collected so many parking fines that Dunmore, population 9,000, was ranked "
         "first in the state in 2014.", "Dunmore was ranked first in the state"),
        # What a relative pronoun stands for: the person an "of" names, not a bare word.
        ("Crowds marched over the killing of Ahmed Salem, who was shot by a soldier in June.",
         "Ahmed Salem was shot by a soldier"),
        ("Officials began to keep count of the number of sites, which reached 40 in 2012.",
         "The number of sites reached 40"),
        # A dash ends what the verb did: what follows is another clause.
        ("The party won the vote on Tuesday -- and it was a stunning win.",
         "The party won the vote"),
        # A place's commas belong to the subject.
        ("A Cook County, Illinois, judge ruled in March that the ban was lawful.",
         "A Cook County, Illinois, judge ruled that the ban was lawful"),
        ("Police in Dayton, Ohio -- about 50 miles north of Cincinnati -- arrested two men on "
         "Tuesday.", "Police in Dayton, Ohio arrested two men"),
    ],
)  # fmt: skip
def test_the_row_tells_the_dated_clause_with_its_subject(text: str, event: str) -> None:
    assert _events(text) == [event]


def test_a_participle_inside_a_phrase_gives_no_row() -> None:
    text = (
        "The number of hostages has climbed steadily, from an initial estimate of between 70 "
        "and 100 people seized on Monday to 150 as of Wednesday."
    )
    assert not any("seized to" in e for e in _events(text))


def test_an_ing_word_that_opens_the_sentence_describes_its_subject() -> None:
    text = (
        "Opening statements in the murder trial of cinema shooting suspect Daniel Kerr are "
        "scheduled for April 27, a court spokesman said."
    )
    assert _events(text) == ["Opening statements are scheduled"]


@pytest.mark.parametrize(
    "text",
    [
        # A span of time is no moment something happened.
        "Those he knew from 2001 to 2005 still are his brothers.",
        "Prices rose from January to March, the agency said.",
        # A clause of time with its own subject is no participle phrase before the main one.
        "Since the video surfaced Sunday, students have been expelled and the chapter has "
        "shut down.",
    ],
)
def test_no_garbled_row(text: str) -> None:
    events = _events(text)
    assert not any(" to 2005" in e or "have been expelled" in e for e in events)
    assert all(not e.startswith("Those he knew") for e in events)
