"""A name written with one slip of the keys is the actor it misspells."""

from __future__ import annotations

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.spellings import misspelt, misspelt_names, one_slip
from briefwright.ingest import article_from_text


def test_one_slip_is_one_letter_changed_added_dropped_or_two_swapped() -> None:
    assert one_slip("Nemstov", "Nemtsov")  # swapped
    assert one_slip("Woodward", "Woodard")  # added
    assert one_slip("Woodard", "Woodrad")
    assert one_slip("Kerry", "Kerri")  # changed
    assert not one_slip("Nemtsov", "Nemtsov")
    assert not one_slip("Johnson", "Jackson")


def test_only_a_long_name_with_one_near_family_name_is_a_slip() -> None:
    assert misspelt(["Nemstov", "Lei", "Moscow"], ["Nemtsov", "Lee"]) == {"Nemstov": "Nemtsov"}
    assert misspelt(["Jenson"], ["Jensen", "Jenkon"]) == {}  # two near: no telling


def test_a_misspelt_surname_is_the_person_it_names() -> None:
    text = (
        "Boris Nemtsov was shot dead in Moscow on Friday.\n\n"
        "Nemstov said in most places wealth provided opportunity.\n\n"
        "\"To be wealthy, you must be loyal,\" he said."
    )
    actors = analyze(article_from_text(text)).actors
    [nemtsov] = [a for a in actors if a.name == "Boris Nemtsov"]
    assert "Nemstov" in nemtsov.aliases


def test_a_name_of_several_words_with_one_slipped_word_is_the_name_written_first() -> None:
    assert misspelt_names(["LaGuardia Airport", "LaGuardia Arport"]) == {
        "LaGuardia Arport": "LaGuardia Airport"
    }
    # The spelling written more often is the right one, wherever it stands.
    many = ["Rodebush VA Medical Center", *["Roudebush VA Medical Center"] * 2]
    assert misspelt_names(many) == {"Rodebush VA Medical Center": "Roudebush VA Medical Center"}
    assert misspelt_names(["North Korea", "South Korea", "Border Force", "Border Forces"]) == {
        "Border Forces": "Border Force"
    }
    assert misspelt_names(["Iran Air", "Iraq Air"]) == {}  # words too short to be slips


def test_slipped_names_are_one_actor() -> None:
    text = (
        "Delta plane skids off runway\n\n"
        "A Delta plane skidded off a runway at LaGuardia Airport on Thursday, officials said.\n\n"
        "Just minutes after the plane landed, all of LaGuardia Arport shut down to air traffic.\n\n"
        "Until the shots ended Al-Jumalli's life, it had been a day of joy for Ahmed Al-Jumaili."
    )
    actors = analyze(article_from_text(text)).actors
    [airport] = [a for a in actors if a.name == "LaGuardia Airport"]
    assert "LaGuardia Arport" in airport.aliases
    [person] = [a for a in actors if a.name == "Ahmed Al-Jumaili"]
    assert "Al-Jumalli" in person.aliases
