"""Project files: round trip, backups, and every way a file can be bad."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from briefwright.model.errors import ProjectError
from briefwright.store.project import dumps, load_project, loads, save_project
from tests.briefings import small_briefing


def test_round_trip(tmp_path: Path) -> None:
    b = small_briefing()
    path = tmp_path / "work.briefing"
    save_project(b, path)
    again = load_project(path)
    assert again == b
    assert dumps(again) == dumps(b)


def test_previous_version_is_kept_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "work.briefing"
    b = small_briefing()
    save_project(b, path)
    first = path.read_bytes()
    b.comment = "Changed."
    save_project(b, path)
    assert (tmp_path / "work.briefing.bak").read_bytes() == first
    assert load_project(path).comment == "Changed."


def test_every_flag_survives(tmp_path: Path) -> None:
    b = small_briefing()
    b.sections[0].included = False
    b.facts[0].included = False
    b.actors[0].included = False
    b.events[0].included = False
    b.source_appendix = True
    path = tmp_path / "flags.briefing"
    save_project(b, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [s["included"] for s in data["sections"]] == [False, True]
    assert [f["included"] for f in data["facts"]] == [False, False, True, True]
    assert load_project(path) == b


def _valid() -> dict:
    return json.loads(dumps(small_briefing()))


def _bad_cases() -> list[tuple[str, bytes, str]]:
    good = dumps(small_briefing())
    cases: list[tuple[str, bytes, str]] = [
        ("truncated", good[: len(good) // 2], "invalid JSON"),
        ("empty", b"", "invalid JSON"),
        ("not an object", b"[1, 2, 3]", "not a JSON object"),
        ("binary", b"\xff\xfe\x00garbage", "not UTF-8"),
        ("nested", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("no schema", b'{"article": {}}', "no schema version"),
    ]
    future = _valid()
    future["schema"] = 99
    cases.append(("future schema", json.dumps(future).encode(), "newer Briefwright"))
    wrong = _valid()
    wrong["facts"][0]["included"] = "yes"
    cases.append(("wrong type", json.dumps(wrong).encode(), "must be true or false"))
    missing = _valid()
    del missing["sources"]
    cases.append(("no sources", json.dumps(missing).encode(), "sources is missing"))
    no_article = _valid()
    del no_article["article"]
    cases.append(("no article", json.dumps(no_article).encode(), "article"))
    tampered = _valid()
    tampered["article"]["paragraphs"][0]["text"] = "Something else entirely."
    cases.append(("hash mismatch", json.dumps(tampered).encode(), "checksum"))
    no_hash = _valid()
    del no_hash["article"]["sha256"]
    cases.append(("no checksum", json.dumps(no_hash).encode(), "sha256"))
    renumbered = _valid()
    renumbered["sources"][0]["id"] = "S2"
    cases.append(("source id out of order", json.dumps(renumbered).encode(), "must be S1"))
    bad_grade = _valid()
    bad_grade["sources"][0]["grade"] = "G"
    cases.append(("bad grade", json.dumps(bad_grade).encode(), "grade"))
    unknown_source = _valid()
    unknown_source["facts"][0]["source"] = "S2"
    cases.append(("unknown source", json.dumps(unknown_source).encode(), "source S2"))
    dangling = _valid()
    dangling["facts"][0]["paragraph"] = 42
    cases.append(("dangling paragraph", json.dumps(dangling).encode(), "paragraph 42"))
    bad_label = _valid()
    bad_label["actors"][0]["label"] = "ALIEN"
    cases.append(("bad label", json.dumps(bad_label).encode(), "label"))
    bad_mention = _valid()
    bad_mention["actors"][0]["mentions"] = [[1, 2]]
    cases.append(("bad mention", json.dumps(bad_mention).encode(), "mentions"))
    return cases


@pytest.mark.parametrize(
    ("case", "raw", "message"), _bad_cases(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_bad_project_gives_clear_error(tmp_path: Path, case: str, raw: bytes, message: str) -> None:
    path = tmp_path / "bad.briefing"
    path.write_bytes(raw)
    with pytest.raises(ProjectError, match=message) as info:
        load_project(path)
    text = str(info.value)
    assert "\n" not in text and text.startswith("bad.briefing")


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_project(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.briefing"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(ProjectError):
        load_project(path)


def test_loads_accepts_what_dumps_writes() -> None:
    b = small_briefing()
    assert loads(dumps(b)) == b


def test_saving_through_a_symlink_updates_the_real_file(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "p.briefing"
    b = small_briefing()
    save_project(b, real)
    link = tmp_path / "link.briefing"
    link.symlink_to(real)
    b.comment = "Through the link."
    save_project(b, link)
    assert link.is_symlink()
    assert load_project(real).comment == "Through the link."


def test_speakers_survive_and_older_projects_load_without_them() -> None:
    b = small_briefing()
    b.facts[2].kind = "claim"
    b.facts[2].speaker = "Ecowas"
    assert loads(dumps(b)).facts[2].speaker == "Ecowas"
    # Projects saved before statement kinds held no speaker and only the older kinds.
    raw = json.loads(dumps(small_briefing()))
    for fact in raw["facts"]:
        del fact["speaker"]
    raw["facts"][0]["kind"] = "commentary"
    old = loads(json.dumps(raw).encode("utf-8"))
    assert [f.speaker for f in old.facts] == ["", "", "", ""]
    assert [f.kind for f in old.facts] == ["commentary", "fact", "fact", "assessment"]


def test_news_layout_and_upcoming_events_survive_and_older_projects_load() -> None:
    b = small_briefing()
    b.replace_article(
        "S1",
        dataclasses.replace(
            b.lead_article, place="Paris", outlet="Reuters", dateline="PARIS (Reuters) -"
        ),
    )
    b.events[0].upcoming = True
    again = loads(dumps(b))
    kept = again.lead_article
    assert (kept.place, kept.outlet, kept.dateline) == (
        "Paris",
        "Reuters",
        "PARIS (Reuters) -",
    )
    assert again.events[0].upcoming is True
    # Projects saved before the news layout was read hold none of these keys.
    raw = json.loads(dumps(b))
    for key in ("place", "outlet", "dateline"):
        del raw["article"][key]
    for event in raw["events"]:
        del event["upcoming"]
    old = loads(json.dumps(raw).encode("utf-8"))
    kept = old.lead_article
    assert (kept.place, kept.outlet, old.events[0].upcoming) == (None, None, False)
