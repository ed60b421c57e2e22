"""A target held open (Windows refuses os.replace) is retried, then fails cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefwright.model.errors import ExportError
from briefwright.store import atomic
from briefwright.store.atomic import atomic_write_bytes


def flaky_replace(failures: int, calls: list[str]):  # type: ignore[no-untyped-def]
    real = os.replace

    def replace(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) <= failures:
            raise PermissionError(13, "The process cannot access the file", dst)
        real(src, dst)

    return replace


@pytest.mark.parametrize(("failures", "ok"), [(2, True), (10_000, False)])
def test_monkeypatched_os_replace_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failures: int, ok: bool
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    calls: list[str] = []
    naps: list[float] = []
    monkeypatch.setattr(os, "replace", flaky_replace(failures, calls))
    monkeypatch.setattr(atomic.time, "sleep", naps.append)
    if ok:
        atomic_write_bytes(target, b"new")
        assert target.read_bytes() == b"new"
        assert len(calls) == 3
    else:
        with pytest.raises(ExportError, match="open in another program"):
            atomic_write_bytes(target, b"new")
        assert target.read_bytes() == b"old"
        assert len(calls) == atomic.REPLACE_ATTEMPTS
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


@pytest.mark.parametrize(("failures", "ok"), [(2, True), (10_000, False)])
def test_injected_replace_is_retried(tmp_path: Path, failures: int, ok: bool) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"old")
    calls: list[str] = []
    naps: list[float] = []
    write = lambda: atomic.write_bytes(  # noqa: E731
        target, b"new", replace=flaky_replace(failures, calls), sleep=naps.append
    )
    if ok:
        write()
        assert target.read_bytes() == b"new"
        assert len(calls) == 3 and len(naps) == 2
    else:
        with pytest.raises(ExportError, match="open in another program"):
            write()
        assert target.read_bytes() == b"old"
        assert len(calls) == atomic.REPLACE_ATTEMPTS
    assert [p.name for p in tmp_path.iterdir()] == ["brief.docx"]
