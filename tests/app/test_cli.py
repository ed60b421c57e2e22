"""The command line: analyze, new, export, exit codes and one-line errors."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefwright.app.cli import main
from tests.conftest import SAMPLE


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefwright", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("briefwright ")


def test_analyze_jsonl_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    status = main(["analyze", str(SAMPLE), str(bad), str(SAMPLE), "--jsonl"])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert status == 2
    assert len(lines) == 3
    first, err, third = (json.loads(line) for line in lines)
    assert first == third
    assert "error" in err and "empty" in err["error"]
    assert captured.err.count("\n") == 1 and "empty" in captured.err
    assert set(first) >= {"article", "entities", "actors", "facts", "sections"}
    art = first["article"]
    assert art["date"] == "2023-11-12" and len(art["paragraphs"]) == 10
    assert {"id", "text"} <= set(art["paragraphs"][0])
    texts = {p["id"]: p["text"] for p in art["paragraphs"]}
    for e in first["entities"]:
        assert set(e) >= {"text", "label", "start", "end", "paragraph"}
        assert e["label"] in {"PERSON", "ORG", "PLACE", "GROUP", "DATE", "FIGURE"}
        assert texts[e["paragraph"]][e["start"] : e["end"]] == e["text"]
    for a in first["actors"]:
        assert set(a) >= {"name", "label", "aliases", "role"}
    for f in first["facts"]:
        assert set(f) >= {"id", "text", "paragraph", "score", "included"}
    covered = sorted(p for s in first["sections"] for p in s["paragraphs"])
    assert covered == list(range(1, 11))


def test_analyze_jsonl_news_layout(capsys: pytest.CaptureFixture[str]) -> None:
    wire = Path(__file__).parents[1] / "data" / "wire" / "politics-paris-no-confidence.txt"
    assert main(["analyze", str(wire), "--jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    art = record["article"]
    assert (art["title"], art["date"], art["place"], art["outlet"]) == (
        "French government faces no-confidence vote over budget",
        "2026-12-01",
        "Paris",
        "Reuters",
    )
    assert art["dateline"] == "PARIS, Dec. 1, 2026 (Reuters) -"
    texts = {p["id"]: p["text"] for p in art["paragraphs"]}
    assert texts[1].startswith("Prime Minister Julien Vautrin")
    for e in record["entities"]:
        assert texts[e["paragraph"]][e["start"] : e["end"]] == e["text"]
    [vote] = [d for d in record["dates"] if d["paragraph"] == 1 and d["text"] == "Wednesday"]
    assert (vote["value"], vote["when"]) == ("2026-12-02", "future")
    upcoming = [e for e in record["events"] if e["upcoming"]]
    assert upcoming and upcoming[0]["text"].startswith("Prime Minister Julien Vautrin will face")


def test_new_then_export_leaves_out_what_is_not_included(tmp_path: Path) -> None:
    project = tmp_path / "niger.briefing"
    assert main(["new", str(SAMPLE), "-o", str(project)]) == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    # Unticking a section that prints takes its heading and its sentences out of both files.
    listed = [f for f in data["facts"] if f["printed_in"] == "key_facts"]
    dropped_section = next(
        s
        for s in data["sections"]
        if s["printed_in"]
        and s["printed"]
        and any(f["paragraph"] in s["paragraphs"] for f in listed)
    )
    dropped_section["included"] = False
    facts = {f["id"]: f for f in data["facts"]}
    dropped_sentence = facts[dropped_section["printed"][0]]
    # A key fact unticked with its section prints nowhere; another key fact still prints.
    dropped_fact = next(f for f in listed if f["paragraph"] in dropped_section["paragraphs"])
    kept_fact = next(f for f in listed if f["paragraph"] not in dropped_section["paragraphs"])
    dropped_fact["included"] = False
    project.write_text(json.dumps(data), encoding="utf-8")
    pdf, word = tmp_path / "b.pdf", tmp_path / "b.docx"
    assert main(["export", str(project), "-o", str(pdf)]) == 0
    assert main(["export", str(project), "-o", str(word)]) == 0
    for text in (" ".join(_pdf_text(pdf).split()), " ".join(_docx_text(word).split())):
        assert dropped_section["heading"] not in text
        assert dropped_sentence["text"][:40] not in text
        assert dropped_fact["text"][:40] not in text
        assert kept_fact["text"][:40] in text


def test_export_article_with_template_and_marking(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    assert (
        main(
            [
                "export",
                str(SAMPLE),
                "-o",
                str(out),
                "--template",
                "sitrep",
                "--marking",
                "tlp:amber",
            ]
        )
        == 0
    )
    reader = PdfReader(out)
    for page in reader.pages:
        assert (page.extract_text() or "").count("TLP:AMBER") >= 2


def test_export_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(SAMPLE.read_bytes())
    (src / "b.md").write_text(
        "# Port strike\n\nDockers in Rotterdam stopped work on Monday.\n", encoding="utf-8"
    )
    (src / "c.txt").write_bytes(b"")
    out = tmp_path / "out"
    status = main(["export", str(src), "-o", str(out), "--format", "both"])
    assert status == 2  # c.txt is empty; the others are still exported
    assert sorted(p.name for p in out.iterdir()) == ["a.docx", "a.pdf", "b.docx", "b.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "SAMPLE", "-o", "OUT/b.txt"], "must end in .pdf or .docx"),
        (["export", "SAMPLE", "-o", "OUT/b.pdf", "--template", "nope"], "nope"),
        (["export", "OUT/missing.txt", "-o", "OUT/b.pdf"], "missing.txt"),
        (["new", "SAMPLE", "-o", "OUT/p.json"], ".briefing"),
        (["export", "SAMPLE", "-o", "/etc/hostname/x.pdf"], "x.pdf"),
        (["export", "SAMPLE", "-o", "OUT/b.pdf", "--format", "both"], "--format is for"),
        (["export"], "required"),
        (["frob"], "invalid choice"),
    ],
)
def test_bad_input_is_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("SAMPLE", str(SAMPLE)).replace("OUT", str(tmp_path)) for a in args]
    result = _run(*args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert message in result.stderr


def test_sample_bluf_memo_fits_on_two_pages(tmp_path: Path) -> None:
    out = tmp_path / "memo.pdf"
    assert main(["export", str(SAMPLE), "-o", str(out)]) == 0
    assert len(PdfReader(out).pages) == 2


def test_folder_export_keeps_inputs_with_one_stem_apart(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(SAMPLE.read_bytes())
    (src / "a.md").write_text("# Port strike\n\nDockers in Rotterdam stopped work.\n", "utf-8")
    out = tmp_path / "out"
    assert main(["export", str(src), "-o", str(out), "--format", "docx"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.md.docx", "a.txt.docx"]


def test_gui_needs_the_program_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gui", "--smoke"]) == 2
    assert "window is not available" in capsys.readouterr().err


def _wire_saved_on(tmp_path: Path, day: str) -> Path:
    """Return a wire story whose dateline has no year, saved (modified) on ISO ``day``."""
    path = tmp_path / "wire.txt"
    path.write_text(
        "Gunmen storm Nairobi hotel\n\n"
        "NAIROBI, March 3 (Reuters) - Gunmen stormed a hotel in Nairobi on Monday, police "
        "said, and held guests for several hours before troops ended the siege.\n\n"
        "The interior minister will visit the site on Thursday, officials said.\n",
        encoding="utf-8",
    )
    moment = datetime.datetime.fromisoformat(day + "T12:00:00+00:00").timestamp()
    os.utime(path, (moment, moment))
    return path


def test_inferred_article_date_in_analyze_and_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wire = _wire_saved_on(tmp_path, "2025-03-05")
    assert main(["analyze", str(wire), "--jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["article"]["date"], record["article"]["date_inferred"]) == ("2025-03-03", True)
    [monday] = [d for d in record["dates"] if d["text"] == "Monday"]
    assert monday["value"] == "2025-03-03"
    project = tmp_path / "wire.briefing"
    assert main(["new", str(wire), "-o", str(project)]) == 0
    article = json.loads(project.read_text(encoding="utf-8"))["article"]
    assert (article["date"], article["date_inferred"]) == ("2025-03-03", True)


def test_written_article_date_is_not_inferred(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SAMPLE), "--jsonl"]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert (article["date"], article["date_inferred"]) == ("2023-11-12", False)


def test_export_says_which_required_parts_are_still_to_complete(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "brief.pdf"
    assert main(["export", str(SAMPLE), "-o", str(out)]) == 0
    assert out.is_file()  # the file is written all the same
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "briefwright: warning: brief.pdf has parts to complete: Key judgments, Implications"
    ]
