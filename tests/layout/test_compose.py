"""Composing a Briefing into a Document: parts in template order, included items only, markings."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.printplan import redraft
from briefwright.draft.templates import load_template, template_names
from briefwright.layout.compose import FIXED_EPOCH, compose, created_epoch
from briefwright.model.briefing import ActorItem
from briefwright.model.document import Box, Heading, ListBlock, Para, Table, TitleBlock
from briefwright.model.errors import ExportError, TemplateError
from briefwright.model.markings import marking_style, normalise_marking
from tests.briefings import small_briefing
from tests.conftest import ROOT, SAMPLE
from tests.writers.briefing_sample import build_article, build_briefing


@pytest.fixture(autouse=True)
def no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def headings(document, level: int | None = None) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Heading) and level in (None, b.level)]


def test_bluf_memo_part_order() -> None:
    document = compose(build_briefing())
    assert isinstance(document.blocks[0], TitleBlock)
    assert (
        isinstance(document.blocks[1], Box) and document.blocks[1].title == "Bottom line up front"
    )
    assert headings(document, 1) == [
        "Key judgments",
        "Key facts",
        "Background",
        "Implications",
        "Analyst comment",
        "Key actors",
        "Sources and notes",
    ]
    assert headings(document, 2)[0] == "The article's assessments"


def test_title_block_fields() -> None:
    block = compose(build_briefing()).blocks[0]
    assert isinstance(block, TitleBlock)
    assert block.title == "Niger: partial evacuation of the US Embassy after the coup"
    assert dict(block.fields) == {
        "Subject": "Security situation in Niger following the military coup",
        "DTG": "121430Z NOV 23",
        "From": "J. Carter, Sahel Desk",
        "Distribution": "Regional security team",
    }


def test_facts_numbered_with_refs_and_assessments_apart() -> None:
    lists = [b for b in compose(build_briefing()).blocks if isinstance(b, ListBlock)]
    facts, judged = lists
    assert facts.ordered and len(facts.items) == 10
    assert all(item[-1].ref and item[-1].text.startswith("[¶") for item in facts.items)
    assert facts.items[1][-1].text == "[¶2]"
    assert "likely" in "".join(r.text for r in judged.items[0])
    assert not any("organised evacuation flights" in r.text for item in facts.items for r in item)


def test_order_follows_the_briefing() -> None:
    briefing = build_briefing()
    briefing.facts.reverse()
    facts = next(b for b in compose(briefing).blocks if isinstance(b, ListBlock))
    assert facts.items[0][-1].text == "[¶8]"


def test_actor_and_timeline_tables() -> None:
    briefing = build_briefing("sitrep")
    tables = [b for b in compose(briefing).blocks if isinstance(b, Table)]
    timeline, actors = tables
    assert timeline.header == ("Date", "Event", "Ref")
    assert timeline.rows[0] == (
        "5 Nov 2023",
        "Military coup ousts President Mohamed Bazoum.",
        "[¶1]",
    )
    assert len(timeline.rows) == 2
    assert actors.header == ("Name", "Role", "Type")
    assert ("Antony Blinken", "US Secretary of State", "Person") in actors.rows
    assert all(r[0] != "Russia" for r in actors.rows)
    for table in tables:
        assert sum(table.widths) == pytest.approx(1.0)


def test_travel_alert_parts_in_order() -> None:
    document = compose(build_briefing("travel-alert"))
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert [r[0] for r in table.rows] == ["Risk level", "Event type", "Valid"]
    assert headings(document, 1) == [
        "Alert status",
        "Locations affected",
        "Event",
        "Advice",
        "Sources and notes",
    ]


def test_sections_in_full_carry_paragraphs_with_refs() -> None:
    document = compose(build_briefing())
    blocks = list(document.blocks)
    at = blocks.index(Heading("Partial evacuation of the US Embassy", 2))
    first, second = blocks[at + 1], blocks[at + 2]
    assert isinstance(first, Para) and first.runs[-1].text == "[¶1]" and first.runs[-1].ref
    assert isinstance(second, Para) and second.text.startswith("The United States, like many")
    assert "European evacuation flights" not in headings(document)


@pytest.mark.parametrize("template", template_names())
def test_empty_required_parts_say_to_complete_and_optional_ones_go(template: str) -> None:
    briefing = build_briefing(template)
    briefing.bottom_line = ""
    briefing.comment = "  "
    for items in (briefing.facts, briefing.actors, briefing.events, briefing.sections):
        for item in items:
            item.included = False
    briefing.actors = [a for a in briefing.actors if a.label != "PLACE"]
    briefing.locations = ""
    document = compose(briefing)
    tpl = load_template(template)
    required = [p.heading for p in tpl.parts if p.required]
    optional_empty = [
        p.heading for p in tpl.parts if not p.required and p.kind not in ("sources", "advice")
    ]
    shown = headings(document, 1)
    assert all(h in shown for h in required)
    assert not any(h in shown for h in optional_empty)
    notes = [b.text for b in document.blocks if isinstance(b, Para) and b.style == "note"]
    assert notes and all(n.startswith("To complete: ") for n in notes)
    assert not any(isinstance(b, Box) for b in document.blocks)


@pytest.mark.parametrize("template", template_names())
def test_a_part_the_user_omits_is_left_out(template: str) -> None:
    briefing = build_briefing(template)
    tpl = load_template(template)
    briefing.omitted_parts = [p.key for p in tpl.parts if p.required]
    shown = headings(compose(briefing), 1)
    assert not any(p.heading in shown for p in tpl.parts if p.required)


def test_sources_and_appendix() -> None:
    briefing = build_briefing()
    briefing.source_appendix = True
    lines = compose(briefing).plain_lines()
    notes = lines[lines.index("Sources and notes") + 1]
    assert notes == (
        "Article: US partially evacuates embassy in Niger after coup, Sample news wire, "
        f"Staff reporter, published 2023-11-12. SHA-256: {briefing.lead_article.sha256[:12]}. "
        "[¶n] cites paragraph n of the article."
    )
    at = lines.index("Source sentences")
    assert lines[at + 1] == (
        "[¶1] The recent political upheaval in Niger has led to the partial evacuation of the "
        "United States Embassy in the country."
    )
    assert len(lines) - at - 1 == len(briefing.included_facts())


def test_sources_name_outlet_and_dateline_place() -> None:
    briefing = build_briefing()
    briefing.replace_article(
        "S1",
        dataclasses.replace(briefing.lead_article, source=None, outlet="Reuters", place="Niamey"),
    )
    lines = compose(briefing).plain_lines()
    notes = lines[lines.index("Sources and notes") + 1]
    assert notes.startswith(
        "Article: US partially evacuates embassy in Niger after coup, Reuters, Staff reporter, "
        "published in Niamey 2023-11-12."
    )


def test_appendix_without_sentences_uses_original() -> None:
    briefing = build_briefing(article=build_article(with_sentences=False))
    briefing.source_appendix = True
    briefing.facts[0].original = "Original wording."
    lines = compose(briefing).plain_lines()
    assert lines[lines.index("Source sentences") + 1] == "[¶1] Original wording."


def test_no_appendix_by_default() -> None:
    assert "Source sentences" not in compose(build_briefing()).plain_lines()


def test_meta() -> None:
    meta = compose(build_briefing()).meta
    assert meta.keywords[:3] == ("Antony Blinken", "Mohamed Bazoum", "Abdourahamane Tchiani")
    assert "Russia" not in meta.keywords
    assert meta.page_size == "Letter" and meta.product == "BLUF memo"
    assert compose(build_briefing("intsum")).meta.page_size == "A4"


def test_created_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (
        compose(build_briefing()).meta.created == 1699799400
    )  # 121430Z NOV 23, the briefing's date-time group
    assert created_epoch(date(2023, 11, 12)) == 1699747200  # the article's date
    assert created_epoch(date(2023, 11, 12), "2023-11-13 08:00 UTC") == 1699862400
    assert created_epoch(None) == FIXED_EPOCH
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert compose(build_briefing()).meta.created == 1700000000
    assert compose(build_briefing()) == compose(build_briefing())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ExportError, match="SOURCE_DATE_EPOCH"):
        compose(build_briefing())


def test_unknown_template() -> None:
    with pytest.raises(TemplateError, match="bluf-memo"):
        compose(build_briefing("memo"))


@pytest.mark.parametrize(
    ("marking", "text", "rgb", "fill"),
    [
        ("TLP:RED", "TLP:RED", (255, 43, 43), (0, 0, 0)),
        ("tlp:amber", "TLP:AMBER", (255, 192, 0), (0, 0, 0)),
        ("TLP:AMBER+STRICT", "TLP:AMBER+STRICT", (255, 192, 0), (0, 0, 0)),
        (" TLP : GREEN ", "TLP:GREEN", (51, 255, 0), (0, 0, 0)),
        ("tlp:clear", "TLP:CLEAR", (255, 255, 255), (0, 0, 0)),
        ("official-sensitive", "OFFICIAL-SENSITIVE", (0, 0, 0), None),
        ("secret  //  noforn", "SECRET // NOFORN", (0, 0, 0), None),
    ],
)
def test_markings(marking: str, text: str, rgb, fill) -> None:
    style = marking_style(marking)
    assert (style.text, style.rgb, style.fill) == (text, rgb, fill)
    assert normalise_marking(marking) == text
    briefing = build_briefing()
    briefing.meta.marking = marking
    meta = compose(briefing).meta
    assert (meta.marking, meta.marking_rgb, meta.marking_fill) == (text, rgb, fill)


def test_the_marking_is_the_users_whatever_the_template_suggests() -> None:
    # The intsum template suggests TLP:AMBER: the user's marking prints, even a blank one.
    briefing = build_briefing("intsum")
    assert compose(briefing).meta.marking == briefing.meta.marking == "UNCLASSIFIED"
    briefing.meta.marking = ""
    assert compose(briefing).meta.marking == ""


@pytest.mark.parametrize(
    ("iso", "granularity", "shown"),
    [
        ("2023-11-06", "week", "w/c 6 Nov 2023"),
        ("2023-11-12", "day", "12 Nov 2023"),
        ("2023-11", "month", "Nov 2023"),
        ("2023", "year", "2023"),
        ("1990", "decade", "1990s"),
        ("not a date", "day", "not a date"),
    ],
)
def test_event_dates_say_what_they_stand_for(iso: str, granularity: str, shown: str) -> None:
    from briefwright.layout.compose_parts import event_date

    assert event_date(iso, granularity) == shown


def test_quotes_and_claims_say_who_says_them() -> None:
    b = small_briefing()
    b.actors.append(ActorItem("a9", "Abdulkadir Mohamed Nur", "PERSON", role="Defence Minister"))
    b.facts[0].kind, b.facts[0].speaker = "quote", "Abdulkadir Mohamed Nur"
    b.facts[2].kind, b.facts[2].speaker = "claim", "Ecowas"
    b.facts[3].speaker = "Analysts"  # an assessment names no speaker in print
    redraft(b)
    items = [b for b in compose(b).blocks if isinstance(b, ListBlock)]
    texts = ["".join(r.text for r in item) for block in items for item in block.items]
    assert texts[0] == "The capital was calm on Monday. — Defence Minister Nur [¶1]"
    assert texts[1] == "The regional bloc imposed sanctions. — Ecowas [¶2]"
    assert "—" not in texts[2]
    attribution = items[0].items[0][1]
    assert attribution.italic and not attribution.ref
    # A sentence that opens with its speaker needs no attribution after it.
    b.facts[2].text = "Ecowas imposed sanctions on the junta."
    redraft(b)
    assert b.facts[2].said_by == ""
    assert b.facts[0].said_by == "Defence Minister Nur"


def test_the_key_facts_leave_out_what_the_drafted_bottom_line_quotes() -> None:
    briefing = open_briefing(SAMPLE)
    blocks = compose(briefing).blocks
    box = next(b for b in blocks if isinstance(b, Box))
    refs = [r.text for p in box.paras for r in p.runs if r.ref]
    assert refs, "a drafted bottom line carries its facts' references"
    bottom = " ".join(p.text for p in box.paras)
    listed = next(b for b in blocks if isinstance(b, ListBlock))
    for item in listed.items:
        sentence = "".join(r.text for r in item if not r.ref and not r.italic).strip()
        assert sentence not in bottom
    # Once the user writes the bottom line, it prints as written and the facts come back.
    briefing.bottom_line = "The junta holds; the embassy runs on a skeleton staff."
    redraft(briefing)
    blocks = compose(briefing).blocks
    box = next(b for b in blocks if isinstance(b, Box))
    assert [p.text for p in box.paras] == [briefing.bottom_line]
    listed = next(b for b in blocks if isinstance(b, ListBlock))
    assert len(listed.items) == len(briefing.included_facts())


def test_two_sections_never_print_under_one_heading() -> None:
    briefing = build_briefing()
    for f in briefing.facts:
        f.included = False
    for s in briefing.sections:
        s.heading = s.original_heading = "Developments"
        s.auto_heading = ""
        s.role = "development"
        s.display = "summary"
        s.included = True
    redraft(briefing)
    paras = [b for b in compose(briefing).blocks if isinstance(b, Para)]
    printed = [s for s in briefing.sections if s.printed_in]
    # Each printed under a heading of its own ("Developments", "Further developments" …).
    headings = {f"{s.heading}. " for s in printed}
    leads = [p.runs[0].text for p in paras if p.runs and p.runs[0].text in headings]
    assert len(leads) == len(printed) == len(set(leads)) >= len(briefing.sections) - 1
    assert leads == [f"{s.heading}. " for s in printed]
    # A section with nothing that stands alone does not print, and says why.
    assert all(s.not_printed for s in briefing.sections if not s.printed_in)


def test_an_armed_group_named_again_is_a_key_actor() -> None:
    briefing = open_briefing(ROOT / "tests" / "data" / "wire" / "conflict-mogadishu-hotel.txt")
    groups = [a for a in briefing.actors if a.label == "GROUP" and a.included]
    assert any("shabaab" in a.name.lower() for a in groups)
    assert all(a.subtype != "demonym" for a in groups)


def test_an_undated_article_is_said_to_be_so_in_the_sources(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "undated.txt"
    path.write_text(
        "Robbers hit a bank\n\nThree men robbed a bank in Falls Church on Monday, police said.",
        encoding="utf-8",
    )
    lines = compose(open_briefing(path, "sitrep")).plain_lines()
    assert any("no publication date given" in line for line in lines)
