"""Suite-wide fixtures: no test may reach the network; sample paths."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"


class NetworkBlocked(RuntimeError):
    """Raised when code under test tries to open a network connection."""


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test whose code connects a socket (import, analysis, export, preview)."""

    def refuse(self: socket.socket, address: Any) -> None:
        raise NetworkBlocked(f"network access attempted: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]


@pytest.fixture
def sample_path() -> Path:
    """Return the path of the sample article shipped in seeds/."""
    return SAMPLE
