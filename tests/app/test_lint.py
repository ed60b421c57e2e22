"""The checks before sending: every rule finds its case, and the command line reports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefwright.analysis.statements.pointing import points_back
from briefwright.app.cli import main
from briefwright.app.lint import RULES, lint
from briefwright.draft.printplan import redraft
from briefwright.model.briefing import Briefing, DateItem, FactItem, Judgment
from briefwright.store.project import save_project
from tests.briefings import small_briefing


def _clean() -> Briefing:
    """Return the small briefing with every required part written: nothing to find."""
    briefing = small_briefing()
    briefing.judgments = [Judgment("j1", "The junta will stay.", "likely", "moderate")]
    briefing.implications = "Expect more sanctions."
    redraft(briefing)
    return briefing


def _with_dangling() -> Briefing:
    briefing = _clean()
    briefing.facts.insert(
        3, FactItem("f5", "Its leader rejected them.", 2, 1, True, "Its leader rejected them.", 0.8)
    )
    briefing.facts[2].included = False  # the sentence "Its" points back to
    redraft(briefing)
    return briefing


def _cases() -> dict[str, Briefing]:
    """Return, for each rule, a briefing it has something to say of."""
    cases = {"dangling-reference": _with_dangling()}
    b = small_briefing()
    cases["to-complete"] = b
    b = _clean()
    b.omitted_parts = ["actors"]  # the user left out the actors table: its ticked actor goes
    redraft(b)
    cases["not-printed"] = b
    b = _clean()
    b.dates = [DateItem(3, 40, 50, "next month")]
    redraft(b)
    cases["unresolved-date"] = b
    b = _clean()
    b.meta.dtg = "yesterday noon"
    cases["bad-field"] = b
    b = _clean()
    b.meta.dtg = "2024-01-30 12:00"
    cases["stale-source"] = b
    b = _clean()
    b.risk_level = "high"
    b.proposed = ["risk_level"]
    cases["unconfirmed"] = b
    b = _clean()
    # Unticked as a key fact, its sentence prints in the second section (else that section
    # prints nothing: all it says is a key fact).
    next(f for f in b.facts if f.id == "f3").included = False
    redraft(b)
    b.sections[1].heading = b.sections[0].heading
    b.sections[1].auto_heading = ""
    cases["same-heading"] = b
    return cases


def test_a_briefing_with_every_part_written_has_nothing_to_find() -> None:
    assert lint(_clean()) == []


def test_items_a_template_has_no_part_for_are_not_findings() -> None:
    # A SITREP has no actors table: ticked actors stay off by the template's design.
    briefing = _clean()
    briefing.template = "sitrep"
    redraft(briefing)
    assert "not-printed" not in {f.rule for f in lint(briefing) if "actor" in f.where}


def test_one_finding_for_items_left_off_for_one_reason() -> None:
    briefing = _clean()
    briefing.actors[1].included = True
    briefing.omitted_parts = ["actors"]
    redraft(briefing)
    lines = [f.line() for f in lint(briefing) if f.rule == "not-printed"]
    assert lines == [
        "not-printed: 2 actors ticked but not printed: you left out the part ‘Key actors’ [actors]"
    ]


@pytest.mark.parametrize("rule", [r.id for r in RULES])
def test_every_rule_finds_its_case_and_only_that(rule: str) -> None:
    briefing = _cases()[rule]
    found = {f.rule for f in lint(briefing)}
    assert rule in found
    if rule != "to-complete":
        assert found == {rule}, [f.line() for f in lint(briefing)]


def test_every_rule_has_a_case() -> None:
    assert set(_cases()) == {r.id for r in RULES}


def test_a_pronoun_right_after_its_sentence_points_back_to_it() -> None:
    briefing = _with_dangling()
    briefing.facts[2].included = True
    redraft(briefing)
    assert [f.rule for f in lint(briefing)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the talks would resume.", True),
        ("Its leader rejected them.", True),
        ("These measures take effect on Monday.", True),
        ("It is not clear whether the talks will resume.", False),
        ("This week the bloc met again.", False),
        ("“This verdict shows nobody is above the law,” Attorney General Lanchipa said.", False),
        ("“This verdict shows nobody is above the law,” she said.", True),
        ("We will not yield, he said.", True),  # who "he" is, the sentence before says
        ("We will not yield, the minister said.", False),
        ("But the bloc met again.", False),
        ("The bloc met again.", False),
    ],
)
def test_what_points_back(text: str, expected: bool) -> None:
    assert points_back(text) is expected


def test_the_command_line_prints_one_line_per_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean, dirty = tmp_path / "clean.briefing", tmp_path / "dirty.briefing"
    save_project(_clean(), clean)
    save_project(_with_dangling(), dirty)
    assert main(["lint", str(clean)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["lint", str(dirty)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "dangling-reference: “Its” points back to a sentence that does not print before it: "
        "reword it or print the sentence it follows [key fact 2]"
    ]


def test_a_bad_file_is_named_and_the_others_are_still_checked(tmp_path: Path) -> None:
    dirty = tmp_path / "dirty.briefing"
    save_project(_with_dangling(), dirty)
    bad = tmp_path / "bad.briefing"
    bad.write_bytes(b"\x00\x01 not a project")
    done = subprocess.run(
        [sys.executable, "-m", "briefwright", "lint", str(bad), str(dirty)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("briefwright: ") and len(done.stderr.splitlines()) == 1
    assert done.stdout.startswith("dangling-reference: ") and "[dirty.briefing › key fact" in (
        done.stdout
    )


def test_the_rules_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--rules"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == [r.id for r in RULES]


def test_the_middle_of_a_quotation_printed_alone_is_a_dangling_reference() -> None:
    briefing = _clean()
    briefing.facts.insert(
        3,
        FactItem("f5", "We will not give in.", 2, 1, True, "We will not give in.", 0.8, "quote"),
    )
    briefing.facts[2].included = False
    redraft(briefing)
    found = [f for f in lint(briefing) if f.rule == "dangling-reference"]
    assert any("middle of a quotation" in f.message for f in found)
