"""A briefing of several sources ticks no more facts than its template asks."""

from __future__ import annotations

from pathlib import Path

from briefwright.app.pipeline import merged_briefing
from briefwright.draft.merge.combine import add_sources
from briefwright.draft.merge.ticks import keep_to_count, most_facts
from briefwright.ingest import read_article

ROOT = Path(__file__).parents[1]
MULTI = sorted((ROOT / "data" / "multi").glob("niger-*.txt"))


def _articles():  # type: ignore[no-untyped-def]
    return [read_article(p) for p in MULTI]


def test_several_sources_tick_the_template_s_count_corroborated_first() -> None:
    briefing = merged_briefing(_articles())
    ticked = [f for f in briefing.facts if f.included]
    assert len(ticked) <= most_facts(briefing) == 10
    # No fact carried by more sources than a ticked one is left unticked.
    least = min(f.corroboration for f in ticked)
    assert all(f.included for f in briefing.facts if f.corroboration > least)


def test_facts_the_user_ticked_stay_ticked_when_sources_are_added() -> None:
    first, *rest = _articles()
    briefing = merged_briefing([first])
    for f in briefing.facts:
        f.included = True  # the user ticked every fact
    chosen = {f.id for f in briefing.facts}
    after = add_sources(briefing, [merged_briefing([a]) for a in rest])
    ticked = {f.id for f in after.facts if f.included}
    assert chosen <= ticked
    assert len(ticked) <= max(len(chosen), most_facts(after))


def test_within_the_count_nothing_is_unticked() -> None:
    briefing = merged_briefing(_articles()[:1])
    before = [f.included for f in briefing.facts]
    keep_to_count(briefing)
    assert [f.included for f in briefing.facts] == before
