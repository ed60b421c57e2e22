"""The analyst's own content: added items, split and merged facts, edited section paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.draft import own_content as own
from briefwright.draft.printplan import redraft
from briefwright.layout.compose import compose
from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.model.errors import ProjectError
from briefwright.store.project import dumps, load_project, loads, save_project
from tests.briefings import small_briefing


def _lines(briefing) -> list[str]:  # type: ignore[no-untyped-def]
    redraft(briefing)  # as the window does after every edit
    return compose(briefing).plain_lines()


def test_own_items_survive_a_round_trip(tmp_path: Path) -> None:
    b = small_briefing()
    b.facts.append(own.own_fact(b, "Analyst's own point.", NO_PARAGRAPH))
    b.facts.append(own.own_fact(b, "Cited point.", 2))
    b.sections.append(own.own_section(b, "Our view", "First.\n\nSecond.", (1,)))
    b.actors.append(own.own_actor(b, "Wagner", "ORG", "mercenaries"))
    section = b.sections[0]
    own.set_paragraph_wording(section, section.paragraphs[0], "Trimmed.")
    path = tmp_path / "own.briefing"
    save_project(b, path)
    again = load_project(path)
    assert again == b
    assert [f.origin for f in again.facts[-2:]] == ["analyst", "analyst"]
    assert again.sections[-1].origin == "analyst"
    assert again.actors[-1].origin == "analyst"


def test_an_older_project_loads_as_article_items() -> None:
    b = small_briefing()
    raw = dumps(b).decode("utf-8")
    for key in ('"origin"', '"left_out"', '"wording"'):
        assert key in raw
    import json

    data = json.loads(raw)
    for group in ("sections", "facts", "actors", "events"):
        for item in data[group]:
            item.pop("origin")
    for section in data["sections"]:
        for key in ("text", "left_out", "wording"):
            section.pop(key)
    again = loads(json.dumps(data).encode("utf-8"))
    assert again == b
    assert {f.origin for f in again.facts} == {"article"}


def test_only_the_analysts_items_may_cite_no_paragraph() -> None:
    import json

    b = small_briefing()
    data = json.loads(dumps(b))
    data["facts"][0]["paragraph"] = NO_PARAGRAPH
    with pytest.raises(ProjectError, match="paragraph 0"):
        loads(json.dumps(data).encode("utf-8"))
    data["facts"][0]["origin"] = "analyst"
    assert loads(json.dumps(data).encode("utf-8")).facts[0].paragraph == 0
    data["facts"][0]["origin"] = "robot"
    with pytest.raises(ProjectError, match="origin"):
        loads(json.dumps(data).encode("utf-8"))


@pytest.mark.parametrize(
    ("paragraph", "printed"),
    [(NO_PARAGRAPH, "Analyst's own point."), (2, "Analyst's own point. [¶2]")],
)
def test_own_fact_is_printed_with_the_chosen_reference(paragraph: int, printed: str) -> None:
    b = small_briefing()
    b.facts.insert(0, own.own_fact(b, "Analyst's own point.", paragraph))
    assert printed in _lines(b)


def test_own_fact_is_not_quoted_in_the_source_appendix() -> None:
    b = small_briefing()
    b.source_appendix = True
    b.facts.insert(0, own.own_fact(b, "Analyst's own point."))
    quotes = [line for line in _lines(b) if "Analyst's own point." in line]
    assert quotes == ["Analyst's own point."]


def test_blank_or_unknown_reference_is_rejected() -> None:
    b = small_briefing()
    with pytest.raises(ValueError, match="blank"):
        own.own_fact(b, "  ")
    with pytest.raises(ValueError, match="no paragraph 9"):
        own.own_fact(b, "x", 9)
    with pytest.raises(ValueError, match="blank"):
        own.own_section(b, " ")


def test_new_ids_do_not_clash() -> None:
    b = small_briefing()
    first = own.own_fact(b, "One.")
    b.facts.append(first)
    second = own.own_fact(b, "Two.")
    assert first.id != second.id


def test_fact_from_selection_cites_its_sentence() -> None:
    b = small_briefing()
    text = b.lead_article.paragraph(2).text
    start = text.index("Its leader")
    fact = own.fact_from_selection(b, 2, start, len(text))
    assert (fact.text, fact.paragraph, fact.sentence) == ("Its leader rejected them.", 2, 1)
    assert fact.origin == "article"
    with pytest.raises(ValueError):
        own.fact_from_selection(b, 2, 3, 3)


def test_section_paragraphs_left_out_and_reworded() -> None:
    b = small_briefing()
    section = b.sections[1]
    section.display = "full"  # paragraph wording is what a section in full text prints
    first, second = section.paragraphs
    assert own.set_paragraph_included(section, first, False) is True
    assert own.set_paragraph_wording(section, second, "The US left.") is None
    lines = _lines(b)
    assert b.lead_article.paragraph(first).text + f" [¶{first}]" not in lines
    assert f"The US left. [¶{second}]" in lines
    assert own.set_paragraph_wording(section, second, None) == "The US left."
    assert own.set_paragraph_included(section, first, True) is False
    with pytest.raises(ValueError):
        own.set_paragraph_included(section, 1, False)


def test_a_left_out_paragraph_leaves_the_summary() -> None:
    from briefwright.draft.printplan import redraft
    from briefwright.draft.summary import printed_sentences

    b = small_briefing()
    for fact in b.facts:  # nothing printed elsewhere: the summary holds every sentence
        fact.included = False
    redraft(b)
    section = b.sections[1]
    assert section.display == "summary"
    said = printed_sentences(b, section)
    assert said
    first = said[0]
    assert first.text in "\n".join(_lines(b))
    own.set_paragraph_included(section, first.paragraph, False)
    assert first.text not in "\n".join(_lines(b))


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("full", ["Our view", "Stability is at risk.", "Watch Niamey."]),
        ("summary", ["Our view", "Stability is at risk.", "Watch Niamey."]),
    ],
)
def test_own_section_prints_its_prose_without_reference(display: str, expected: list[str]) -> None:
    b = small_briefing()
    section = own.own_section(b, "Our view", "Stability is at risk.\n\nWatch Niamey.")
    section.display = display  # type: ignore[assignment]
    b.sections.append(section)
    lines = _lines(b)
    for line in expected:
        assert line in lines


def test_add_paragraph_keeps_reading_order() -> None:
    b = small_briefing()
    section = b.sections[1]
    assert own.add_paragraph(section, 1) is True
    assert own.add_paragraph(section, 1) is False
    assert section.paragraphs == [1, 2, 3]
    own.remove_paragraph(section, 1)
    assert section.paragraphs == [2, 3]


def test_split_and_merge_facts() -> None:
    b = small_briefing()
    fact = b.facts[0]
    parts = own.split_fact(fact, own.split_points("Troops moved.\nThey seized the palace."))
    assert [p.text for p in parts] == ["Troops moved.", "They seized the palace."]
    assert {p.paragraph for p in parts} == {fact.paragraph}
    assert len({p.id for p in parts}) == 2
    removed = own.replace_facts(b, 0, 1, parts)
    assert removed == [fact]
    assert len(b.facts) == 5
    merged = own.merge_facts(b.facts[0], b.facts[1])
    assert merged.text == "Troops moved. They seized the palace."
    own.replace_facts(b, 0, 2, [merged])
    assert len(b.facts) == 4
    with pytest.raises(ValueError):
        own.split_fact(fact, ["only one"])
    with pytest.raises(IndexError):
        own.replace_facts(b, 3, 2, [])


def test_insert_and_remove_items() -> None:
    b = small_briefing()
    actor = own.own_actor(b, "Wagner", "ORG")
    own.insert_item(b, "actors", 0, actor)
    assert b.actors[0] is actor
    assert own.remove_item(b, "actors", 0) is actor
    with pytest.raises(IndexError):
        own.insert_item(b, "actors", 9, actor)


@pytest.mark.parametrize(
    ("date", "granularity", "shown"),
    [
        ("2023-07-26", "day", "26 Jul 2023"),
        ("2023-07", "month", "Jul 2023"),
        ("2023", "year", "2023"),
    ],
)
def test_own_event_in_the_timeline(date: str, granularity: str, shown: str) -> None:
    b = small_briefing()
    b.template = "sitrep"
    event = own.own_event(b, date, "Envoys met in Abuja.")
    assert (event.granularity, event.origin) == (granularity, "analyst")
    b.events.insert(own.event_position(b, event), event)
    assert any(shown in line and "Envoys met in Abuja." in line for line in _lines(b))


@pytest.mark.parametrize("date", ["26/07/2023", "2023-13", "2023-02-30", "23", ""])
def test_own_event_rejects_other_dates(date: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        own.own_event(small_briefing(), date, "x")
