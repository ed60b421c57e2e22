"""Who a sentence's opening pronoun stands for, named only where one reading is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.analysis.engine import analyze, analyze_many
from briefwright.analysis.statements.pointing import opening_pronoun
from briefwright.ingest import article_from_text, read_article
from briefwright.model.analysis import Analysis

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He was 91.", ("He", 0)),
        ("His lawyer said he would appeal.", ("His", 0)),
        ("If convicted, he could face the death penalty.", ("he", 14)),
        ('"He was a lot of fun," Ruecker said.', ("He", 1)),
        ("His lawyer, Carla Mendoza, said the defence would appeal.", ("His", 0)),
        # A speaker set off inside or after the clause is not its subject.
        ("Muffat, he said, was known for her drive.", None),
        ("An additional eight people were wounded, he said.", None),
        ("It is not clear whether he will appeal.", None),
        ("Police said he admitted firing the shots.", None),
    ],
)
def test_the_opening_pronoun_is_the_clauses_subject(
    text: str, found: tuple[str, int] | None
) -> None:
    assert opening_pronoun(text) == found


def _wire() -> dict[str, Analysis]:
    paths = sorted(p for p in WIRE.glob("*.txt"))
    analyses = analyze_many(read_article(p) for p in paths)
    return dict(zip((p.stem for p in paths), analyses, strict=True))


@pytest.fixture(scope="module")
def wire() -> dict[str, Analysis]:
    return _wire()


@pytest.mark.parametrize(
    ("article", "opening", "name"),
    [
        # "…," said X. He said …: the speaker goes on.
        ("business-hamburg-shipping-outlook", "He said some 3 million", "Jonas Weber"),
        ("science-glacier-report", "He said glaciers", "Matthias Huss"),
        ("health-kampala-ebola", "She said a trial", "Jane Ruth Aceng"),
        ("conflict-goma-peacekeepers", "She called on Rwanda", "Bintou Keita"),
        # The subject of the sentence before.
        ("courts-london-extradition", "His lawyer said", "Martin Cole"),
        ("sports-lisbon-coach-sacked", "His contract", "Rui Almeida"),
        # Inside a quotation: nobody.
        ("conflict-kyiv-drones", '"They are trying to freeze us', None),
        # The sentence before names nobody and the one before it is too far to tell.
        ("courts-la-paz-verdict", "His lawyer, Carla Mendoza", None),
    ],
)
def test_an_opening_pronoun_of_the_wire_articles_is_named_or_left(
    wire: dict[str, Analysis], article: str, opening: str, name: str | None
) -> None:
    fact = next(f for f in wire[article].facts if f.text.startswith(opening))
    assert fact.refers_to == name


def _refers(text: str) -> dict[str, str | None]:
    analysis = analyze(article_from_text(text))
    return {f.text: f.refers_to for f in analysis.facts}


def test_two_people_named_before_leave_he_unnamed() -> None:
    found = _refers(
        "Police said Ahmed Saleh met Omar Haddad in a cafe in Aden on Monday. "
        "He was arrested on Tuesday near the port."
    )
    assert found["He was arrested on Tuesday near the port."] is None


def test_a_speaker_taken_up_by_a_pronoun_competes_with_the_subject() -> None:
    # "Keita, he said, was …": "he" is someone else, so the next "He said" is nobody named.
    found = _refers(
        "Opposition leader Moussa Keita was arrested in Bamako on Monday, his lawyer Issa "
        "Traore said. Keita, he said, was held without charge for six hours. He said the "
        "police had given no reason."
    )
    assert found["He said the police had given no reason."] is None


def test_a_name_the_sentence_holds_after_the_pronoun_is_not_what_it_stands_for() -> None:
    found = _refers(
        "Zaur Dadayev told two members of the rights council that he was innocent. "
        "He told Eva Merkacheva he had been held for two days."
    )
    assert found["He told Eva Merkacheva he had been held for two days."] == "Zaur Dadayev"
    found = _refers(
        "Anton Tsvetkov visited Zaur Dadayev in a Moscow jail on Tuesday. "
        "He told Tsvetkov that he had been tortured."
    )
    assert found["He told Tsvetkov that he had been tortured."] is None


def test_it_and_this_are_never_named(wire: dict[str, Analysis]) -> None:
    for analysis in wire.values():
        for fact in analysis.facts:
            if fact.text.split()[0] in ("It", "Its", "This", "These", "That"):
                assert fact.refers_to is None


def test_the_name_is_left_out_of_the_json() -> None:
    from briefwright.app.analysis_json import analysis_record

    article = article_from_text(
        "Lee Kuan Yew, the founding Prime Minister of Singapore, died on Monday. "
        "He had been in hospital with pneumonia since February 5."
    )
    analysis = analyze(article)
    assert any(f.refers_to == "Lee Kuan Yew" for f in analysis.facts)
    record = analysis_record(article, analysis)
    assert all("refers_to" not in f for f in record["facts"])
