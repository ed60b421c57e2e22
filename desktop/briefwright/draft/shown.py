"""What other parts of a briefing print already, so that a section summary does not repeat it."""

from __future__ import annotations

from briefwright.draft.actions import actions_taken
from briefwright.draft.templates import load_template
from briefwright.model.briefing import Briefing


def shown_elsewhere(briefing: Briefing) -> frozenset[str]:
    """Return the ids of the sentences the briefing's template prints outside its sections:
    the included key facts (when it has a facts part), the actions taken (when it has an
    actions part) and the sentences judgments were drafted from. Raise TemplateError for an
    unknown template."""
    kinds = {p.kind for p in load_template(briefing.template).parts}
    ids = {j.origin for j in briefing.judgments if j.origin}
    if "facts" in kinds:
        ids |= {f.id for f in briefing.included_facts()}
    if "actions" in kinds:
        ids |= {a.fact for a in actions_taken(briefing)}
    return frozenset(ids)
