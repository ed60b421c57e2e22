"""Autosaves: a crash leaves one that the next start finds; a clean shutdown leaves none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefwright.model.briefing import SCHEMA_VERSION
from briefwright.model.errors import ExportError, ProjectError
from briefwright.store import autosave
from briefwright.store.autosave import (
    AUTOSAVE_SUFFIX,
    autosave_dir,
    data_dir,
    discard,
    list_recoverable,
    load_autosave,
    remove_autosave,
    write_autosave,
)
from tests.briefings import small_briefing

ROOT = Path(__file__).resolve().parents[2]

# A session that autosaves and then dies without any cleanup (os._exit skips it all).
CRASHING_SESSION = """
import os, sys
from tests.briefings import small_briefing
from briefwright.store.autosave import write_autosave
b = small_briefing()
b.meta.title = sys.argv[1]
b.bottom_line = "Unsaved edit made before the crash."
write_autosave(b, sys.argv[2])
os._exit(9)
"""


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "appdata"
    monkeypatch.setenv("BRIEFWRIGHT_DATA_DIR", str(folder))
    return folder


def crash_after_autosave(title: str, key: str) -> None:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'desktop'}"}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, title, key],
        env=env,
        cwd=ROOT,
        timeout=60,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr


def test_crash_is_recovered_on_next_start(tmp_path: Path) -> None:
    key = str(tmp_path / "work" / "niger.briefing")
    crash_after_autosave("Coup in Niamey", key)
    entries = list_recoverable()
    assert [(e.title, e.original, e.key) for e in entries] == [("Coup in Niamey", key, key)]
    recovered = load_autosave(entries[0])
    expected = small_briefing()
    expected.meta.title = "Coup in Niamey"
    expected.bottom_line = "Unsaved edit made before the crash."
    assert recovered == expected
    assert entries[0].saved_at.tzinfo is not None


def test_two_crashed_sessions_are_listed_newest_first(tmp_path: Path) -> None:
    crash_after_autosave("First", "untitled-1")
    crash_after_autosave("Second", "untitled-2")
    entries = list_recoverable()
    assert sorted(e.title for e in entries) == ["First", "Second"]
    assert entries[0].saved_at >= entries[1].saved_at


def test_discard_removes_the_entry() -> None:
    crash_after_autosave("Gone", "k")
    (entry,) = list_recoverable()
    discard(entry)
    assert list_recoverable() == []
    discard(entry)  # already gone: no error


def test_clean_shutdown_leaves_nothing_to_recover() -> None:
    b = small_briefing()
    path = write_autosave(b, "/home/u/brief.briefing")
    assert path.is_file() and path.parent == autosave_dir()
    remove_autosave("/home/u/brief.briefing")
    assert not path.exists()
    assert list(autosave_dir().iterdir()) == []
    remove_autosave("/home/u/brief.briefing")  # nothing there: no error


def test_own_live_autosave_is_not_offered() -> None:
    write_autosave(small_briefing(), "live")
    assert list_recoverable() == []


def test_rewrite_replaces_the_same_file_and_leaves_no_temp() -> None:
    b = small_briefing()
    first = write_autosave(b, "doc")
    b.comment = "Second version."
    second = write_autosave(b, "doc")
    assert first == second
    assert sorted(p.name for p in autosave_dir().iterdir()) == [first.name]


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"autosave": 99, "project": {}}', b"\xff\xfe garbage", b"{" * 100_000],
)
def test_damaged_files_are_skipped_not_deleted(content: bytes) -> None:
    folder = autosave_dir()
    folder.mkdir(parents=True)
    bad = folder / f"bad{AUTOSAVE_SUFFIX}"
    bad.write_bytes(content)
    assert list_recoverable() == []
    assert bad.read_bytes() == content


def test_damaged_project_inside_raises_project_error(monkeypatch: pytest.MonkeyPatch) -> None:
    write_autosave(small_briefing(), "doc")
    (entry,) = [e for e in _all_entries()]
    saved = entry.file.read_text(encoding="utf-8")
    text = saved.replace(f'"schema": {SCHEMA_VERSION}', '"schema": 7')
    entry.file.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match="newer Briefwright"):
        load_autosave(entry)
    entry.file.unlink()
    with pytest.raises(ProjectError, match="damaged or gone"):
        load_autosave(entry)


def _all_entries() -> list[autosave.AutosaveEntry]:
    found = [autosave._read_entry(p) for p in autosave_dir().iterdir()]
    return [e for e in found if e is not None]


def test_unwritable_folder_raises_export_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("BRIEFWRIGHT_DATA_DIR", str(tmp_path / "file" / "sub"))
    with pytest.raises(ExportError, match="cannot autosave"):
        write_autosave(small_briefing(), "doc")


def test_empty_key_is_rejected() -> None:
    with pytest.raises(ValueError, match="key"):
        write_autosave(small_briefing(), "")


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({"BRIEFWRIGHT_DATA_DIR": "/d"}, "linux", "/d"),
        ({"XDG_DATA_HOME": "/x"}, "linux", "/x/briefwright"),
        ({"XDG_DATA_HOME": "relative"}, "linux", "HOME/.local/share/briefwright"),
        ({}, "linux", "HOME/.local/share/briefwright"),
        ({}, "darwin", "HOME/Library/Application Support/Briefwright"),
        ({"LOCALAPPDATA": "/w"}, "win32", "/w/Briefwright"),
    ],
)
def test_data_dir_per_platform(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], platform: str, expected: str
) -> None:
    for name in ("BRIEFWRIGHT_DATA_DIR", "XDG_DATA_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(autosave.sys, "platform", platform)
    home = str(Path.home())
    assert data_dir() == Path(expected.replace("HOME", home))
