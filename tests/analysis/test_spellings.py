"""A family name written with one slip of the keys is the person named in full."""

from __future__ import annotations

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.spellings import misspelt, one_slip
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
