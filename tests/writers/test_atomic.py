"""Atomic export: a failure never truncates or harms an existing file and leaves no temp file."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from briefwright.model.errors import ExportError
from briefwright.store import atomic
from briefwright.store.atomic import write_bytes


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_bytes(target, b"one")
    write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "file.txt" / "x.pdf", "is a file, not a folder"),
        (lambda p: p / "missing" / "x.pdf", "does not exist"),
        (lambda p: p, "it is a folder"),
    ],
)
def test_unwritable_targets(tmp_path: Path, make, words: str) -> None:
    (tmp_path / "file.txt").write_text("keep")
    with pytest.raises(ExportError, match=words):
        write_bytes(make(tmp_path), b"data")
    assert (tmp_path / "file.txt").read_text() == "keep"
    assert leftovers(tmp_path) == []


def test_failure_mid_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"old contents")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ExportError, match="disk is full"):
        write_bytes(target, b"new" * 1000)
    assert target.read_bytes() == b"old contents"
    assert leftovers(tmp_path) == []


def test_non_os_error_cleans_up_and_propagates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")

    def broken(fd: int) -> None:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(RuntimeError):
        write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("failures", "ok"), [(0, True), (2, True), (atomic.REPLACE_ATTEMPTS, False)]
)
def test_replace_retries_while_file_in_use(tmp_path: Path, failures: int, ok: bool) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    calls: list[int] = []
    pauses: list[float] = []

    def replace(src: str, dst: str) -> None:
        calls.append(1)
        if len(calls) <= failures:
            raise PermissionError(errno.EACCES, "in use")
        os.replace(src, dst)

    if ok:
        write_bytes(target, b"new", replace=replace, sleep=pauses.append)
        assert target.read_bytes() == b"new"
    else:
        with pytest.raises(ExportError, match="open in another program"):
            write_bytes(target, b"new", replace=replace, sleep=pauses.append)
        assert target.read_bytes() == b"old"
    assert len(pauses) == min(failures, atomic.REPLACE_ATTEMPTS - 1)
    assert leftovers(tmp_path) == []


def test_stream_written_directly() -> None:
    buffer = io.BytesIO()
    write_bytes(buffer, b"abc")
    assert buffer.getvalue() == b"abc"


def test_stream_failure_is_an_export_error() -> None:
    class Broken(io.BytesIO):
        def write(self, data: object) -> int:
            raise OSError(errno.EPIPE, "Broken pipe")

    with pytest.raises(ExportError, match="Broken pipe"):
        write_bytes(Broken(), b"abc")


def test_atomic_write_bytes_takes_paths_only(tmp_path: Path) -> None:
    atomic.atomic_write_bytes(tmp_path / "a.briefing", b"{}")
    assert (tmp_path / "a.briefing").read_bytes() == b"{}"
    with pytest.raises(TypeError, match="path"):
        atomic.atomic_write_bytes(io.BytesIO(), b"{}")  # type: ignore[arg-type]
