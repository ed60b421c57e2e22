"""What the user picks is what prints: every included item prints, or the project says why."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefwright.app.cli import main
from briefwright.app.export import export_briefing
from briefwright.app.pipeline import open_briefing
from briefwright.draft.printmarks import unprinted
from briefwright.draft.printplan import redraft
from briefwright.draft.summary import ALL_ELSEWHERE
from briefwright.draft.templates import template_names
from briefwright.model.briefing import Briefing
from briefwright.store.project import load_project
from tests.briefings import small_briefing

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"


def _flat(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _pages(briefing: Briefing) -> dict[str, str]:
    pdf, word = io.BytesIO(), io.BytesIO()
    export_briefing(briefing, pdf, "pdf")
    export_briefing(briefing, word, "docx")
    pdf_text = " ".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    d = docx.Document(io.BytesIO(word.getvalue()))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    return {
        "pdf": _flat(pdf_text),
        "docx": _flat(" ".join([p.text for p in d.paragraphs] + cells)),
    }


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return open_briefing(SAMPLE)


@pytest.mark.parametrize("template", template_names())
def test_every_included_item_prints_or_says_why(sample: Briefing, template: str) -> None:
    briefing = open_briefing(SAMPLE, template)
    pages = _pages(briefing)
    for item in [*briefing.sections, *briefing.facts, *briefing.actors, *briefing.events]:
        if not item.included:
            assert item.printed_in is None and not item.not_printed
            continue
        assert (item.printed_in is None) == bool(item.not_printed), item
    for fmt, text in pages.items():
        for s in briefing.included_sections():
            if s.printed_in:
                assert _flat(s.heading) in text, (template, fmt, s.heading)
        for f in briefing.included_facts():
            if f.printed_in:
                assert _flat(f.text)[:60] in text, (template, fmt, f.text)
        for a in briefing.included_actors():
            if a.printed_in:
                assert _flat(a.name) in text, (template, fmt, a.name)


def test_the_ticked_demonstrations_print_in_the_memo(sample: Briefing) -> None:
    section = next(s for s in sample.sections if "France" in s.original_heading)
    assert section.included and section.printed_in == "background"
    for text in _pages(sample).values():
        assert _flat(section.heading) in text
        assert "Protesters gathered" in text or "demonstrations both against France" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_unticking_a_section_takes_its_heading_and_sentences_out(fmt: str) -> None:
    briefing = open_briefing(SAMPLE)
    section = next(s for s in briefing.sections if s.printed and s.printed_in)
    facts = {f.id: f for f in briefing.facts}
    words = [_flat(facts[i].original)[:50] for i in section.printed]
    assert all(w in _pages(briefing)[fmt] for w in words)
    section.included = False
    redraft(briefing)
    text = _pages(briefing)[fmt]
    assert _flat(section.heading) not in text
    assert not any(w in text for w in words)
    assert section.printed_in is None and section.printed == []


def test_a_statement_ticked_twice_prints_once_and_the_section_points_to_it() -> None:
    briefing = open_briefing(SAMPLE)
    # A section whose sentences are all key facts (or the bottom line) does not print a
    # heading over a pointer: the outline says where its sentences print.
    section = next(s for s in briefing.sections if s.elsewhere and not s.printed)
    assert section.pointer.startswith(("Bottom line up front", "Key fact"))
    assert section.printed_in is None and section.not_printed == ALL_ELSEWHERE
    text = _pages(briefing)["pdf"]
    assert f"{_flat(section.heading)}. See " not in text
    facts = {f.id: f for f in briefing.facts}
    for fid in section.elsewhere:
        assert text.count(_flat(facts[fid].original)) == 1
    # Picked by hand, its sentences are the user's: the section points to where they print.
    section.chosen = list(section.elsewhere)
    redraft(briefing)
    assert section.printed_in is not None and not section.printed
    assert f"{_flat(section.heading)}. See " in _pages(briefing)["pdf"]
    section.chosen = None
    redraft(briefing)
    # Unticked as a key fact, a sentence prints in its section instead.
    fact = next(f for f in briefing.facts if f.printed_in == "key_facts")
    home = next(s for s in briefing.sections if fact.paragraph in s.paragraphs)
    fact.included = False
    redraft(briefing)
    assert fact.id in home.printed or fact.id not in home.elsewhere


def test_headings_printed_are_the_projects_and_unique(sample: Briefing) -> None:
    printed = [s.heading for s in sample.included_sections() if s.printed_in]
    assert len(printed) == len(set(printed))
    lines = _pages(sample)["docx"]
    for heading in printed:
        assert _flat(heading) in lines
    # No role label replaces a heading on the way out.
    for label in ("Developments.", "Reaction."):
        if not any(h.startswith(label[:-1]) for h in printed):
            assert label not in lines


def test_a_users_heading_is_kept_and_a_drafted_one_follows_the_picks() -> None:
    briefing = open_briefing(SAMPLE)
    section = next(s for s in briefing.sections if s.printed and s.sentence_headings)
    section.heading = "My heading"
    redraft(briefing)
    assert section.heading == "My heading"
    section.heading = section.auto_heading
    redraft(briefing)
    assert section.heading == section.auto_heading


def test_a_template_without_key_facts_prints_them_in_their_sections() -> None:
    briefing = open_briefing(SAMPLE, "travel-alert")
    listed = [f for f in briefing.included_facts() if f.printed_in not in (None, "bottom_line")]
    assert listed and all(f.printed_in == "event" for f in listed)
    # A fact whose section is unticked has nowhere to print, and says why.
    fact = listed[0]
    home = next(s for s in briefing.sections if fact.paragraph in s.paragraphs)
    home.included = False
    redraft(briefing)
    assert fact.printed_in is None
    assert "no key facts" in fact.not_printed and home.heading in fact.not_printed
    assert ("fact", fact.text, fact.not_printed) in unprinted(briefing)


def test_parts_a_template_lacks_or_the_user_left_out_say_so() -> None:
    briefing = small_briefing()
    briefing.template = "travel-alert"
    briefing.purpose = "Why you get this."
    redraft(briefing)
    actor = next(a for a in briefing.actors if a.included)
    assert actor.printed_in is None and "no actors table" in actor.not_printed
    event = next(e for e in briefing.events if e.included)
    assert "no timeline" in event.not_printed
    written = {w.part: w for w in briefing.written}
    assert written["purpose"].printed_in is None and "purpose" in written["purpose"].not_printed
    briefing.template = "bluf-memo"
    briefing.omitted_parts = ["actors"]
    redraft(briefing)
    assert actor.not_printed == "you left out the part ‘Key actors’"
    assert written["comment"].printed_in is None or briefing.written[0].printed_in == "comment"


def test_drafting_twice_changes_nothing(sample: Briefing) -> None:
    from briefwright.draft.edits import snapshot

    before = snapshot(sample)
    redraft(sample)
    assert snapshot(sample) == before


def test_the_project_new_writes_says_where_each_item_prints(tmp_path: Path) -> None:
    project = tmp_path / "p.briefing"
    assert main(["new", str(SAMPLE), "-o", str(project), "--template", "sitrep"]) == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    for kind in ("sections", "facts", "actors", "events"):
        for item in data[kind]:
            if item["included"]:
                assert "printed_in" in item
                assert item["printed_in"] is not None or item["not_printed"]
    assert data["article"]["date"] == "2023-11-12"
    # Export honours it: a flag a script flips is followed.
    loaded = load_project(project)
    assert [s.printed_in for s in loaded.sections] == [s["printed_in"] for s in data["sections"]]


def test_a_sitrep_drafts_its_next_steps_and_says_as_of_when(tmp_path: Path) -> None:
    from briefwright.layout.compose import compose

    article = tmp_path / "court.txt"
    article.write_text(
        "Court orders Zambia vote by August\n\n"
        "LUSAKA, June 14 (AFP) - Zambia's Constitutional Court on Tuesday ordered the electoral "
        "commission to hold presidential elections by August 12, rejecting a request to delay.\n\n"
        "President Edgar Lungu is due to address parliament on Friday.\n",
        encoding="utf-8",
    )
    briefing = open_briefing(article, "sitrep")
    steps = briefing.next_steps.splitlines()
    # One line per step, in date order: Friday's address, then the August deadline.
    assert len(steps) == 2
    assert "address parliament" in steps[0] and steps[0].endswith("[¶2]")
    assert steps[1].startswith("By 12 Aug") and steps[1].endswith("[¶1]")
    lines = compose(briefing).plain_lines()
    assert any(line.startswith("As of: 14 Jun ") for line in lines)
    # The user's own next steps stay as written.
    briefing.next_steps = "Call the embassy."
    redraft(briefing)
    assert briefing.next_steps == "Call the embassy."
    # A memo has no next steps part: nothing is drafted there.
    memo = open_briefing(article)
    assert memo.next_steps == ""


def test_a_ticked_section_whose_sentences_all_lean_back_never_prints_a_bare_heading() -> None:
    from tests.briefings import small_briefing

    briefing = small_briefing()
    facts = {f.id: f for f in briefing.facts}
    facts["f3"].text = "Another bloc imposed sanctions on the junta."
    facts["f4"].text, facts["f4"].kind = "It said talks could resume next month.", "fact"
    redraft(briefing)
    section = next(s for s in briefing.sections if s.id == "s2")
    # Its best sentence prints as a key fact: the section points there, and prints nothing.
    assert section.printed == [] and section.elsewhere == ["f3"]
    assert section.pointer.startswith("Key fact") and section.printed_in is None
    # Printed nowhere else: the section does not print, and says why (the outline, the note
    # and lint show it); picking its sentences prints them.
    facts["f3"].included = facts["f4"].included = False
    redraft(briefing)
    assert section.printed_in is None and "leans on one before it" in section.not_printed
    section.chosen = ["f3"]
    redraft(briefing)
    assert section.printed == ["f3"] and section.printed_in is not None


@pytest.mark.parametrize(
    ("speaker", "reads"),
    [
        ("police", True),
        ("a spokesman for the ministry", True),
        ("Reuters", True),
        ("result was", False),
        ("as one former Kaesong factory owner", False),
        ("and police", False),
        ("according to United Nations", False),
        ("some", False),  # a crowd by how many of it speak names no one
        ("many witnesses", True),
    ],
)
def test_only_a_source_is_printed_after_its_words(speaker: str, reads: bool) -> None:
    from briefwright.draft.printmarks import reads_as_source

    assert reads_as_source(speaker) is reads
