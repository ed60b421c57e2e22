"""The public quality scorers (bench/quality_analyst.py) score small hand-made cases right."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from briefwright.model.analysis import Actor
from briefwright.model.document import Box, DocMeta, Document, ListBlock, Para, Run, Table

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import quality_analyst as qa  # noqa: E402


def _actor(name: str, label: str, *aliases: str) -> Actor:
    return Actor(id=name, name=name, label=label, aliases=aliases, role=None, mentions=())  # type: ignore[arg-type]


def test_typed_actors_and_aliases_kept_as_one() -> None:
    expected = qa.expected_actors(
        [
            {"name": "Hyeon Soo Lim", "label": "PERSON", "forms": ["Hyeon Soo Lim", "Lim"]},
            {
                "name": "Light Korean Presbyterian Church",
                "label": "ORG",
                "forms": ["Light Korean Presbyterian Church"],
            },
            {
                "name": "Kaesong",
                "label": "ORG/PLACE",
                "forms": ["Kaesong Industrial Complex", "Kaesong"],
            },
            {"name": "Canada", "label": "PLACE", "forms": ["Canada"]},
        ]
    )
    found = [
        _actor("Hyeon Soo Lim", "PERSON", "Lim"),
        _actor("Light Korean Presbyterian Church", "PERSON"),  # mistyped
        _actor("Kaesong Industrial Complex", "PLACE"),
        _actor("Kaesong", "PLACE"),  # the same place split in two
    ]
    typed, aliases = qa.actor_scores(expected, found)
    assert typed == (2, 4)  # Lim and Kaesong; the church mistyped, Canada missed
    assert aliases == (1, 2)  # Lim kept as one, Kaesong split
    lines = qa.actor_misses(expected, found)
    assert any("mistyped: Light Korean" in line for line in lines)
    assert any("missed: Canada" in line for line in lines)
    assert any("aliases not one: Kaesong" in line for line in lines)


def test_key_facts_recall_and_precision() -> None:
    recall, precision = qa.key_fact_scores([0, 2, 4, 7, 9], [1, 3], [0, 1, 2, 5, 6, 9])
    assert recall == (3, 5)
    assert precision == (4, 6)


def test_timeline_row_is_whole_when_it_opens_with_a_subject() -> None:
    subjects = ["The ministry", "12 cases"]
    assert qa.row_is_whole("The ministry confirmed 12 cases", subjects)
    assert qa.row_is_whole("On Monday, the ministry confirmed 12 cases", subjects)
    assert qa.row_is_whole("ministry confirmed 12 cases", subjects)
    assert not qa.row_is_whole("Died and 12 cases have been confirmed", subjects)
    assert not qa.row_is_whole("Confirmed 12 cases", subjects)
    # A pronoun resolved to the actor's name still opens with the subject.
    assert qa.row_is_whole("Putin reappeared", ["He"], ["putin", "vladimir putin"])
    assert qa.row_is_whole("Putin's fleet sailed", ["His fleet"], ["putin"])


def _doc(*blocks: object) -> Document:
    return Document(DocMeta("t", "", "", (), ""), tuple(blocks))  # type: ignore[arg-type]


def test_printed_units_read_references_and_timeline_rows() -> None:
    doc = _doc(
        Box("Bottom line", (Para((Run("Crimea held a vote. "), Run("[¶8]", ref=True))),)),
        ListBlock(((Run("He reappeared only Monday. "), Run("[¶16]", ref=True)),)),
        Para((Run("Outlook. ", bold=True), Run("NATO sent jets. "), Run("[¶20]", ref=True))),
        Table(
            ("Date", "Event", "Ref"),
            (("16 Mar", "Crimea held a referendum", "[¶8]"),),
            (0.2, 0.6, 0.2),
        ),
    )
    assert qa.printed_units(doc) == [
        ("Crimea held a vote.", 8),
        ("He reappeared only Monday.", 16),
        ("NATO sent jets.", 20),
    ]
    assert qa.timeline_rows(doc) == [("Crimea held a referendum", 8)]


def test_dangling_pronoun_is_found_unless_its_antecedent_prints_or_it_is_resolved() -> None:
    sentences = [
        "Putin was out of sight for 10 days.",
        "He reappeared only Monday.",
        "NATO sent jets.",
    ]
    needs = {1: [0]}
    assert qa.dangling([("He reappeared only Monday.", 2)], sentences, needs) == [1]
    printed = [("Putin was out of sight for 10 days.", 1), ("He reappeared only Monday.", 2)]
    assert qa.dangling(printed, sentences, needs) == []
    assert qa.dangling([("Putin reappeared only Monday.", 2)], sentences, needs) == []
    assert qa.dangling([("NATO sent jets.", 3)], sentences, needs) == []
    assert qa.opens_with_pronoun("But they said so.")
    assert not qa.opens_with_pronoun("The ministry said so.")


def test_analyst_labels_name_known_articles_in_their_half() -> None:
    articles = {}
    for line in (ROOT / "bench/data/public/cnn_articles.jsonl").read_text().splitlines():
        row = json.loads(line)
        articles[row["id"]] = row["half"]
    rows = [
        json.loads(x)
        for x in (ROOT / "bench/data/public/cnn_analyst.jsonl").read_text().splitlines()
    ]
    assert {r["doc"] for r in rows} <= set(articles)
    assert all(articles[r["doc"]] == "heldback" for r in rows[:15])
    for r in rows:
        # A later batch of tuning articles is labelled for actors and aliases only.
        assert "key_facts" in r or articles[r["doc"]] == "tune"
        if "key_facts" in r:
            assert len(r["key_facts"]) == 5 and not set(r["key_facts"]) & set(r["also_key"])
        # Either of two readings may hold: "ORG/PLACE", "ORG/GROUP".
        assert all(
            set(a["label"].split("/")) <= {"PERSON", "ORG", "PLACE", "GROUP"}
            for a in r.get("actors", [])
        )
