"""Project files saved by an earlier release (schema 1) load as that release loaded them."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from briefwright.model.briefing import SCHEMA_VERSION, Briefing
from briefwright.store.project import dumps, load_project, loads

PROJECTS = Path(__file__).parents[1] / "data" / "projects"
# sample: `briefwright new` of the sample article; edited: the same after a session of edits
# (facts and sections unticked and moved, a fact reworded, marking, template, appendix …).
NAMES = ("sample", "edited")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _as_loaded(b: Briefing) -> dict[str, Any]:
    data = dataclasses.asdict(b)
    data["article"].pop("cleaning", None)
    return _plain(data)


def _agrees(expected: Any, actual: Any, where: str = "briefing") -> None:
    """Assert that ``actual`` holds every value of ``expected`` (fields added since may differ)."""
    if isinstance(expected, dict):
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} is gone"
            _agrees(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert len(actual) == len(expected), f"{where}: {len(actual)} items, not {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            _agrees(e, a, f"{where}[{i}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("name", NAMES)
def test_an_earlier_project_file_loads_as_it_did(name: str) -> None:
    expected = json.loads((PROJECTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    _agrees(expected, _as_loaded(load_project(PROJECTS / f"{name}.briefing")))


@pytest.mark.parametrize("name", NAMES)
def test_an_earlier_project_file_saved_again_loads_equal(name: str) -> None:
    b = load_project(PROJECTS / f"{name}.briefing")
    assert loads(dumps(b)) == b
    assert json.loads(dumps(b))["schema"] == SCHEMA_VERSION == 2


@pytest.mark.parametrize("name", NAMES)
def test_an_earlier_project_file_has_a_written_article_date(name: str) -> None:
    # Saved before the article recorded whether its year was inferred: it was not.
    article = load_project(PROJECTS / f"{name}.briefing").article
    assert article.date is not None and article.date_inferred is False
