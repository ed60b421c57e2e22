"""The command line with several articles: one briefing, its sources, and files it cannot use."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefwright.app.cli import main
from briefwright.layout.compose import compose
from briefwright.store.project import load_project
from tests.app.test_cli import _docx_text, _pdf_text
from tests.conftest import SAMPLE

MULTI = Path(__file__).parents[1] / "data" / "multi"
WIRE = MULTI / "niger-wire-evacuation.txt"
DIFFERS = MULTI / "niger-daily-differs.txt"


def test_new_with_several_articles_makes_one_briefing_citing_each(tmp_path: Path) -> None:
    out = tmp_path / "p.briefing"
    assert main(["new", str(SAMPLE), str(WIRE), "-o", str(out)]) == 0
    b = load_project(out)
    assert [s.id for s in b.sources] == ["S1", "S2"]
    assert b.sources[1].outlet == "Sahel Wire" and b.sources[1].date == "2023-08-03"
    assert {f.source for f in b.facts} == {"S1", "S2"}
    lines = compose(b).plain_lines()
    text = "\n".join(lines)
    assert "[S1 ¶" in text and "[S2 ¶" in text
    # The sources part lists each, with its outlet, date and grade.
    assert any("Sahel Wire" in line and "2023-08-03" in line for line in lines)
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["schema"] == 3 and raw["article"]["date"] == "2023-11-12"
    assert [s["id"] for s in raw["sources"]] == ["S1", "S2"]


def test_one_article_still_cites_paragraphs_alone(tmp_path: Path) -> None:
    out = tmp_path / "p.briefing"
    assert main(["new", str(SAMPLE), "-o", str(out)]) == 0
    text = "\n".join(compose(load_project(out)).plain_lines())
    assert "[¶" in text and "[S1 ¶" not in text and "S2" not in text


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_export_several_articles_prints_sources_and_their_references(
    tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"brief.{suffix}"
    assert main(["export", str(SAMPLE), str(WIRE), str(DIFFERS), "-o", str(out)]) == 0
    text = _pdf_text(out) if suffix == "pdf" else _docx_text(out)
    assert "S2 ¶" in text and "S3 ¶" in text
    for outlet in ("Sahel Wire", "Continental Times"):
        assert outlet in text


def test_export_folder_merged_is_one_file_and_without_merge_one_per_article(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for f in (SAMPLE, WIRE):
        shutil.copy(f, folder / f.name)
    merged = tmp_path / "one.pdf"
    assert main(["export", str(folder), "-o", str(merged), "--merge"]) == 0
    assert "S2 ¶" in _pdf_text(merged)
    each = tmp_path / "each"
    assert main(["export", str(folder), "-o", str(each)]) == 0
    assert sorted(p.name for p in each.iterdir()) == [
        "niger-coup-us-embassy-evacuation.pdf",
        "niger-wire-evacuation.pdf",
    ]


def test_an_unreadable_file_among_several_is_reported_and_the_others_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    out = tmp_path / "p.briefing"
    status = main(["new", str(SAMPLE), str(empty), str(WIRE), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 0
    assert err.count("\n") == 1 and "empty.txt" in err
    assert [s.article.title for s in load_project(out).sources][1].startswith("Niger junta")


def test_nothing_readable_among_several_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    status = main(["new", str(empty), str(gone), "-o", str(tmp_path / "p.briefing")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "empty.txt" in err and "gone.txt" in err
    assert not (tmp_path / "p.briefing").exists()


def test_analyze_merged_prints_one_record_for_the_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["analyze", str(SAMPLE), str(WIRE), str(DIFFERS), "--merge", "--jsonl"])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0 and len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"articles", "actors", "facts", "events"}
    assert [a["id"] for a in record["articles"]] == ["S1", "S2", "S3"]
    assert set(record["articles"][1]) == {"id", "title", "date", "source", "paragraphs"}
    assert all(set(a) == {"name", "label", "aliases", "role", "sources"} for a in record["actors"])
    for fact in record["facts"]:
        assert set(fact) == {
            "id", "text", "score", "included", "sources", "corroboration", "grade", "conflicts"
        }
        assert fact["grade"][:1] in "ABCDEF" and fact["grade"][1:] in "123456"
        assert all(set(r) == {"article", "paragraph"} for r in fact["sources"])
    assert {r["article"] for f in record["facts"] for r in f["sources"]} == {"S1", "S2", "S3"}
    assert all(e["sources"] for e in record["events"])
