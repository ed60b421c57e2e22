"""The suite's network guard really refuses connections."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkBlocked


def test_socket_connect_is_refused() -> None:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkBlocked):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_create_connection_is_refused() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
