"""The preview's status line counts pages in words a reader expects."""

from __future__ import annotations

import pytest

from briefwright.ui.preview.build import page_count


@pytest.mark.parametrize(("n", "text"), [(1, "1 page"), (2, "2 pages"), (0, "0 pages")])
def test_page_count(n: int, text: str) -> None:
    assert page_count(n) == text
