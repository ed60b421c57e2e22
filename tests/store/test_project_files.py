"""Project files saved by earlier releases (schemas 1 and 2) load as those releases loaded them."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.model.assets import get_asset
from briefwright.model.briefing import SCHEMA_VERSION, Briefing
from briefwright.model.sources import LEAD_SOURCE, source_of
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
    # Those releases held one article; it is now the first (and only) source's.
    data["article"] = data["sources"][0]["article"]
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
    assert json.loads(dumps(b))["schema"] == SCHEMA_VERSION == 3


@pytest.mark.parametrize("name", NAMES)
def test_an_earlier_project_file_has_a_written_article_date(name: str) -> None:
    # Saved before the article recorded whether its year was inferred: it was not.
    article = load_project(PROJECTS / f"{name}.briefing").lead_article
    assert article.date is not None and article.date_inferred is False


# v2-sample: `briefwright new` of the sample article, saved by the release that wrote schema 2.
V2_SAMPLE = PROJECTS / "v2-sample.briefing"


def test_a_schema_2_project_loads_equal_to_a_fresh_proposal() -> None:
    old = load_project(V2_SAMPLE)
    fresh = open_briefing(get_asset("seeds", "niger-coup-us-embassy-evacuation.txt"))
    fresh.meta.dtg = old.meta.dtg  # the time it was made
    # A headline-less article's proposed title has changed since (its subject line now
    # leads); the project keeps the title it was saved with.
    assert old.meta.title == "Niger: Partial evacuation of the US Embassy"
    fresh.meta.title = old.meta.title
    # The same file, named as that release was given it.
    named = dataclasses.replace(fresh.lead_article, path=old.lead_article.path)
    fresh.sources = [source_of(named, LEAD_SOURCE)]
    # The default selection and the scores it ranks by have changed since (the analysis reads
    # more report verbs): what follows them (the ticks, the bottom line, the sections'
    # drafted headings) is left out of the comparison.
    def read(f: object) -> tuple:
        return tuple(getattr(f, k) for k in ("id", "text", "paragraph", "sentence"))

    assert [read(f) for f in old.facts] == [read(f) for f in fresh.facts]
    drafted = {
        "sections": [],
        "facts": [],
        "actors": [],
        "bottom_line": "",
        "auto_bottom_line": "",
        "bottom_line_refs": [],
    }
    assert dataclasses.replace(old, **drafted) == dataclasses.replace(fresh, **drafted)
    # The actors are the same; the order of those left out follows today's proposal.
    assert sorted(old.actors, key=lambda a: a.id) == sorted(fresh.actors, key=lambda a: a.id)
    assert [(s.id, s.paragraphs) for s in old.sections] == [
        (s.id, s.paragraphs) for s in fresh.sections
    ]
    assert [s.id for s in old.sources] == ["S1"] and old.sources[0].grade == "F"
    assert {f.source for f in old.facts} == {"S1"}


def test_a_schema_2_project_saved_again_is_schema_3_and_loads_equal() -> None:
    old = load_project(V2_SAMPLE)
    raw = json.loads(dumps(old))
    assert raw["schema"] == 3
    assert raw["article"] == {**json.loads(V2_SAMPLE.read_text(encoding="utf-8"))["article"]}
    assert raw["sources"][0] == {
        "id": "S1",
        "title": old.lead_article.title,
        "outlet": "",
        "date": "2023-11-12",
        "grade": "F",
    }
    assert loads(dumps(old)) == old
