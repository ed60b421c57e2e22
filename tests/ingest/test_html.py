"""Tests for HTML articles, including hostile pages that must never fetch or read anything."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.ingest.webpage import parse_html
from tests.scaling import LINEAR_LIMIT, growth

_BODY = (
    "<p>The recent political upheaval in Niger has led to the partial evacuation of the United "
    "States Embassy in the country, officials in Washington said on Sunday.</p>"
    "<h2>Regional reaction</h2>"
    "<p>The Economic Community of West African States has imposed sanctions that include a halt "
    "on all commercial transactions with Niger and a freeze of its assets.</p>"
    "<table><tr><td>Name</td><td>Role</td></tr><tr><td>Tchiani</td><td>Coup leader</td></tr>"
    "</table>"
    "<p>Protesters gathered outside the French embassy in Niamey, expressing support for "
    "Russia and criticising France, witnesses told reporters.</p>"
)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP socket that records whether anything tried to connect to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def _assert_no_connection(server: socket.socket) -> None:
    with pytest.raises(BlockingIOError):
        connection, _ = server.accept()
        connection.close()


def test_article_page(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Niger coup: US evacuates embassy</title>"
        '<meta name="date" content="2023-11-12"></head><body><nav>Home | World | Sport</nav>'
        f"<article><h1>Niger coup: US evacuates embassy</h1>{_BODY}</article>"
        "<footer>Copyright 2023</footer></body></html>"
    )
    target = tmp_path / "page.html"
    target.write_text(page, encoding="utf-8")
    article = read_article(target)
    assert article.title == "Niger coup: US evacuates embassy"
    assert article.date == date(2023, 11, 12)
    texts = [(p.kind, p.text) for p in article.paragraphs]
    assert texts[0][1].startswith("The recent political upheaval")
    assert ("heading", "Regional reaction") in texts
    assert ("body", "Name | Role") in texts
    assert ("body", "Tchiani | Coup leader") in texts
    assert "Copyright" not in article.text and "Home | World" not in article.text


def test_hostile_page(tmp_path: Path, listener: socket.socket) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    port = listener.getsockname()[1]
    remote = f"http://127.0.0.1:{port}"
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE html [{laughs}<!ENTITY xxe SYSTEM "file://{secret}">'
        f'<!ENTITY net SYSTEM "{remote}/entity">]>\n'
        f'<html><head><title>Hostile</title><script src="{remote}/script.js"></script>'
        '<script>document.write("SCRIPT-TEXT")</script><style>p { color: red }</style>'
        f'<link rel="stylesheet" href="{remote}/style.css"></head><body><article>'
        f'<p>&lol9; &xxe; &net;</p><img src="file://{secret}"><img src="{remote}/pixel.png">'
        f'<iframe src="file://{secret}"></iframe><noscript>NOSCRIPT-TEXT</noscript>'
        f"{_BODY}</article></body></html>"
    )
    target = tmp_path / "hostile.html"
    target.write_text(page, encoding="utf-8")
    plain = tmp_path / "plain.html"
    plain.write_text(f"<html><body><article>{_BODY}</article></body></html>", encoding="utf-8")
    # Entities are not expanded: the hostile page costs about what its plain body costs.
    assert growth(lambda: read_article(target), lambda: read_article(plain)) < LINEAR_LIMIT
    article = read_article(target)
    text = article.text
    for absent in ("TOP-SECRET", "SCRIPT-TEXT", "NOSCRIPT-TEXT", "color: red", "lollollol", "]>"):
        assert absent not in text
    assert "The recent political upheaval" in text
    _assert_no_connection(listener)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Just one short line.</p>", ["Just one short line."]),
        ("<html><body><div>First block<br>same block</div><div>Second</div></body></html>",
         ["First block same block", "Second"]),
        ("<html><body><script>var x = 1;</script><p>Visible</p></body></html>", ["Visible"]),
        ("Plain text without any tags.", ["Plain text without any tags."]),
    ],
)
def test_small_pages_fall_back_to_lxml_text(markup: str, expected: list[str]) -> None:
    assert [block.text for block in parse_html(markup).blocks] == expected
