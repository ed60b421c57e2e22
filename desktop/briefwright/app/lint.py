"""Checks of a briefing before it is sent: each rule one row, each finding one line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from briefwright.analysis.statements.pointing import REACH, points_back
from briefwright.draft.alert import source_age
from briefwright.draft.completion import to_complete
from briefwright.draft.field_checks import dtg_problem, validity_problem
from briefwright.draft.printmarks import unprinted
from briefwright.draft.summary import inside_quotation
from briefwright.draft.templates import load_template
from briefwright.model.briefing import Briefing, FactItem


@dataclass(frozen=True)
class Finding:
    """One thing to look at before the briefing goes out: the rule, what is wrong, where."""

    rule: str
    message: str
    where: str

    def line(self, prefix: str = "") -> str:
        """Return the finding as the command line prints it: ``rule-id: message [where]``."""
        where = f"{prefix} › {self.where}" if prefix and self.where else prefix or self.where
        return f"{self.rule}: {self.message}" + (f" [{where}]" if where else "")


@dataclass(frozen=True)
class Rule:
    """A check: its id (as printed), what it looks for, and the function that finds it."""

    id: str
    summary: str
    check: Callable[[Briefing], Iterator[tuple[str, str]]]


_TABLES = {"event": "timeline", "actor": "actors"}
"""The items a template shows only in a part of their own."""


def _not_printed(briefing: Briefing) -> Iterator[tuple[str, str]]:
    # Items left off for one reason are one finding ("6 actors …"), as the window's note says.
    # A template without a timeline or an actors table leaves them off by its design (the
    # window's note says so); what is worth a finding is what the user can still bring in.
    kinds = {part.kind for part in load_template(briefing.template).parts}
    by_design = {kind for kind, part in _TABLES.items() if part not in kinds}
    groups: dict[tuple[str, str], list[str]] = {}
    for kind, name, reason in unprinted(briefing):
        if kind in by_design:
            continue
        groups.setdefault((kind, reason), []).append(name)
    for (kind, reason), names in groups.items():
        if len(names) == 1:
            yield f"ticked but not printed: {reason}", f"{kind} ‘{_short(names[0])}’"
        else:
            yield f"{len(names)} {kind}s ticked but not printed: {reason}", f"{kind}s"


def _to_complete(briefing: Briefing) -> Iterator[tuple[str, str]]:
    for heading in to_complete(briefing):
        yield "a required part is still empty and prints as “To complete”", f"part ‘{heading}’"


def _printed_runs(briefing: Briefing) -> Iterator[tuple[list[str], list[FactItem]]]:
    """Yield each part's printed article sentences in print order, with where each prints:
    the bottom line's, the key facts', then each section's summary."""
    by_id = {f.id: f for f in briefing.facts}
    in_sections = {i for s in briefing.included_sections() for i in s.printed}
    runs: dict[str, list[FactItem]] = {}
    for fact in briefing.included_facts():
        if fact.printed_in and fact.printed_as and fact.id not in in_sections:
            runs.setdefault(fact.printed_in, []).append(fact)
    for facts in runs.values():
        yield [f.printed_as.lower() for f in facts], facts
    for section in briefing.included_sections():
        facts = [by_id[i] for i in section.printed if i in by_id]
        if facts:
            yield [f"section ‘{_short(section.heading)}’"] * len(facts), facts


def _dangling(briefing: Briefing) -> Iterator[tuple[str, str]]:
    order = {(f.paragraph, f.sentence): n for n, f in enumerate(briefing.facts)}
    by_id = {f.id: f for f in briefing.facts}
    # The bottom line is read first: what it quotes stands before every part.
    lead = [
        order[(f.paragraph, f.sentence)]
        for f in (by_id[i] for i in briefing.bottom_line_refs if i in by_id)
        if (f.paragraph, f.sentence) in order
    ]
    for places, facts in _printed_runs(briefing):
        before = list(lead)
        for where, fact in zip(places, facts, strict=True):
            at = order.get((fact.paragraph, fact.sentence))
            follows = at is not None and any(0 < at - m <= REACH for m in before)
            wording = fact.printed_text
            if fact.origin == "article" and points_back(wording) and not follows:
                opener = wording.strip().lstrip("\"“").split()[0]
                yield (
                    f"“{opener}” points back to a sentence that does not print before it: "
                    "reword it or print the sentence it follows",
                    where,
                )
            elif fact.origin == "article" and inside_quotation(fact) and not follows:
                yield (
                    "the middle of a quotation prints without its opening: it reads as the "
                    "briefing's own words; print the sentence that opens it or reword it",
                    where,
                )
            if at is not None:
                before.append(at)
    bottom = briefing.bottom_line.strip()
    if bottom and points_back(bottom):
        yield "the bottom line opens with a word that points back to nothing before it", (
            "bottom line"
        )


def _unresolved_dates(briefing: Briefing) -> Iterator[tuple[str, str]]:
    unresolved = [d for d in briefing.dates if not d.value]
    found: list[tuple[str, str]] = []
    for places, facts in _printed_runs(briefing):
        for where, fact in zip(places, facts, strict=True):
            if fact.original and fact.text != fact.original:
                continue  # reworded: the user's words are theirs to date
            span = _sentence_span(briefing, fact)
            if span is None:
                continue
            found += [
                (item.text, where)
                for item in unresolved
                if item.source == fact.source
                and item.paragraph == fact.paragraph
                and span[0] <= item.start < span[1]
            ]
    if not found:
        return
    if briefing.lead_article.date is None:
        phrases = ", ".join(dict.fromkeys(f"“{text}”" for text, _ in found))
        yield (
            f"the article has no date, so {phrases} cannot be resolved: set the article's date",
            "article date",
        )
        return
    for text, where in found:
        yield f"“{text}” names no date the article lets us resolve", where


def _sentence_span(briefing: Briefing, fact: FactItem) -> tuple[int, int] | None:
    try:
        paragraph = briefing.paragraph_at(fact.ref)
    except KeyError:
        return None
    if not 0 <= fact.sentence < len(paragraph.sentences):
        return None
    sentence = paragraph.sentences[fact.sentence]
    return sentence.start, sentence.end


def _fields(briefing: Briefing) -> Iterator[tuple[str, str]]:
    problem = dtg_problem(briefing.meta.dtg)
    if problem:
        yield problem, "date-time group"
    problem = validity_problem(briefing.valid_from, briefing.valid_to, briefing.lead_article.date)
    if problem:
        yield problem, "validity"


def _stale(briefing: Briefing) -> Iterator[tuple[str, str]]:
    age = source_age(briefing)
    if age:
        yield f"{age}: say why it still holds, or find a newer report", "sources"


def _unconfirmed(briefing: Briefing) -> Iterator[tuple[str, str]]:
    names = {
        "event_type": "event type",
        "risk_level": "risk level",
        "locations": "locations affected",
        "valid_from": "valid from",
        "valid_to": "valid until",
    }
    for name in briefing.proposed:
        if getattr(briefing, name, "") and name in names:
            yield "still as proposed from the article: confirm or change it", names[name]


def _same_headings(briefing: Briefing) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    for section in briefing.included_sections():
        if not section.printed_in:
            continue
        key = " ".join(section.heading.casefold().split())
        if key in seen:
            yield "two sections print under the same heading", f"section ‘{section.heading}’"
        seen.add(key)


RULES: tuple[Rule, ...] = (
    Rule("not-printed", "an included item that no part of the template prints", _not_printed),
    Rule("to-complete", "a required part of the template left empty", _to_complete),
    Rule(
        "dangling-reference",
        "a printed sentence opening with a word that points back to one not printed",
        _dangling,
    ),
    Rule(
        "unresolved-date",
        "a printed date phrase the article's date does not resolve",
        _unresolved_dates,
    ),
    Rule("bad-field", "a date-time group or validity that is not a date or out of order", _fields),
    Rule("stale-source", "a source dated well before the briefing's date-time group", _stale),
    Rule("unconfirmed", "a travel alert's field still as proposed, not confirmed", _unconfirmed),
    Rule("same-heading", "two printed sections under one heading", _same_headings),
)
"""Every check ``briefwright lint`` runs, in the order their findings print."""


def lint(briefing: Briefing) -> list[Finding]:
    """Return what every rule finds in ``briefing`` (drafted: see draft/printplan.redraft),
    rule by rule in :data:`RULES` order."""
    return [
        Finding(rule.id, message, where)
        for rule in RULES
        for message, where in rule.check(briefing)
    ]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
