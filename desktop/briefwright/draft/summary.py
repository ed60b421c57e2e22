"""A section's summary: its key sentences, in the article's words, chosen by score or by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from briefwright.analysis.ranking.news import is_colour, is_credit
from briefwright.analysis.ranking.textrank import content_words
from briefwright.analysis.sections.headings import (
    ROLE_LABELS,
    TOPIC_CUES,
    TOPIC_LABELS,
    topic_cue_counts,
)
from briefwright.analysis.statements.pointing import (
    continues_quotation,
    leans_back,
    points_back,
)
from briefwright.analysis.statements.quotations import QUOTE_MARKS
from briefwright.draft.dating import ahead_sentences
from briefwright.draft.drafting import fact_wording
from briefwright.draft.naming import keeps_pronoun, named, reading_order
from briefwright.draft.templates import SentencePick
from briefwright.draft.traveller import OUTLOOK, kinds_of, needs_it, traveller_rank
from briefwright.model.briefing import Briefing, FactItem, SectionItem

# A section of up to LONG_SECTION paragraphs is summed up by one sentence, a longer one by two:
# with the key facts beside them, that keeps a 600-word article's memo to a page.
LONG_SECTION = 4
SHORT_SUMMARY = 1
LONG_SUMMARY = 2
# A travel alert's summary of a section prints up to this many sentences a traveller needs.
TRAVELLER_SUMMARY = 2


@dataclass(frozen=True)
class SummarySentence:
    """A sentence a summary shows: the id of its fact, its paragraph and its wording."""

    id: str
    paragraph: int
    text: str
    edited: bool = False
    sentence: int = -1


def section_facts(briefing: Briefing, section: SectionItem) -> list[FactItem]:
    """Return the sentences (facts) of the section's paragraphs, in reading order."""
    paras = set(section.paragraphs)
    return sorted(
        (f for f in briefing.facts if f.paragraph in paras and f.source == section.source),
        key=lambda f: (f.paragraph, f.sentence),
    )


def auto_choice(
    briefing: Briefing,
    section: SectionItem,
    shown: frozenset[str] = frozenset(),
    bottom: str = "",
    pick: SentencePick = "best",
) -> list[str]:
    """Return the ids of the sentences the ranker picks for the section's summary.

    The best-scored sentences, one for a short section and two for a long one, leaving out
    the sentences in ``shown`` (printed by another part), commentary, estimative statements,
    lines that are not sentences and what the bottom line quotes; in reading order. ``pick``
    "traveller" takes first, and up to TRAVELLER_SUMMARY of, the sentences a traveller
    needs (draft/traveller.py); "ahead" only sentences that look ahead (none: an empty list).
    """
    # Commentary ("This shift demonstrates …") restates, and estimative statements belong
    # with the judgments: a summary keeps to what happened.
    # Nor does it repeat what the bottom line says already.
    # ``bottom``: the bottom line as printed.
    bottom = " ".join(bottom.split())
    facts = section_facts(briefing, section)
    candidates = [
        f
        for f in facts
        if f.id not in shown
        and f.kind != "commentary"
        # An estimate of what is to come is what an alert's or an outlook's reader needs.
        and (f.kind != "assessment" or _estimate_kept(f, pick))
        and _is_sentence(f.text)
        # A reporters' credit or a link to another story is the page's furniture, no news.
        and not is_colour(f.text)
        and " ".join(f.text.split()) not in bottom
    ]
    budget = LONG_SUMMARY if len(section.paragraphs) >= LONG_SECTION else SHORT_SUMMARY
    if pick == "ahead":
        # An outlook holds what is to come, never a current fact.
        ahead = ahead_sentences(briefing)
        candidates = [f for f in candidates if looks_ahead(f, ahead)]
    ranked = sorted(candidates, key=lambda f: (-f.score, f.paragraph, f.sentence))
    # What a traveller needs first by its kind (a hazard before a closure), then by score.
    needed = sorted(
        (f for f in ranked if pick == "traveller" and needs_it(f.text)),
        key=lambda f: traveller_rank(f.text),
    )
    if needed:
        budget = max(budget, min(len(needed), TRAVELLER_SUMMARY))
        best = needed + [f for f in ranked if f not in needed]
    else:
        # The sentence the heading states goes first: a heading over another sentence misleads.
        anchor = _anchor(_heading(section), ranked)
        best = ([anchor] if anchor else []) + [f for f in ranked if f is not anchor]
    picks = _standing(briefing, best, budget, shown, {f.id for f in candidates})
    return [f.id for f in sorted(picks, key=lambda f: (f.paragraph, f.sentence))]


def _standing(
    briefing: Briefing,
    best: list[FactItem],
    budget: int,
    shown: frozenset[str],
    eligible: set[str],
) -> list[FactItem]:
    """Return up to ``budget`` of ``best`` in their order, where a sentence that points back
    ("He reappeared only Monday", a quotation whose speaker the sentence before names) prints
    only right after the sentence it points to: that sentence is taken first (when it may
    print here and stands alone), or the sentence is passed over (also when another part
    prints the sentence it points to: under this heading it would stand alone); one that
    opens with a description ("The officer …") is then printed alone, as a description may
    also introduce."""
    order = sorted(briefing.facts, key=lambda f: (f.source, f.paragraph, f.sentence))
    before = {b.id: a for a, b in pairwise(order)}
    picks: list[FactItem] = []
    for f in best:
        if len(picks) >= budget:
            break
        if f in picks:
            continue
        if inside_quotation(f):
            continue  # "I don't give orders.": a quotation's middle, without its marks
        prev = before.get(f.id)
        # The rest of a quotation ('… fled the banks," the FBI said') reads only after its
        # opening, whoever it names.
        tail = continues_quotation(f.text)
        if prev is not None and prev not in picks and (tail or leans_back(f.text)):
            if (
                prev.id in eligible
                and prev.id not in shown
                and not leans_back(prev.text)
                and not inside_quotation(prev)
            ):
                picks.append(prev)
                if len(picks) < budget:
                    picks.append(f)
                continue
            if tail or points_back(f.text):
                continue
        picks.append(f)
    return picks


# Why a section that would print only a pointer does not print (see only_points).
ALL_ELSEWHERE = "its sentences print in another part already"


def only_points(section: SectionItem) -> bool:
    """Return whether the section would print nothing but a pointer to another part ("See
    key fact 3.") because the ranker found nothing of its own to print: such a section is
    left out, as its sentences already print above it and a heading over a pointer tells
    the reader nothing.

    A section whose sentences the user picked by hand keeps its heading and pointer: the
    user asked for those sentences there, and the pointer tells a reader where they print.
    The analyst's own text under a section is content of its own.
    """
    return (
        section.chosen is None
        and not section.printed
        and bool(section.elsewhere)
        and not section.text.strip()
    )


def inside_quotation(fact: FactItem) -> bool:
    """Return whether a sentence stands inside a quotation that other sentences open and
    close (a quote with no quotation mark of its own): printed alone it would read as the
    briefing's own words."""
    return fact.kind == "quote" and not QUOTE_MARKS & set(fact.text)


def _estimate_kept(fact: FactItem, pick: SentencePick) -> bool:
    """Return whether a summary taken as ``pick`` keeps an estimative sentence: one of a
    kind a traveller needs, or one that looks ahead in an outlook."""
    if pick == "traveller":
        return bool(kinds_of(fact.text))
    return pick == "ahead"


def looks_ahead(fact: FactItem, ahead: frozenset[tuple[int, int]]) -> bool:
    """Return whether a sentence looks ahead: it names a date still to come (``ahead``, see
    :func:`briefwright.draft.dating.ahead_sentences`) or holds an outlook's words
    ("expected to", "will remain")."""
    return (fact.paragraph, fact.sentence) in ahead or OUTLOOK in kinds_of(fact.text)


# Words of a heading that say nothing of what it states ("Developments involving X"): the
# role labels' own words, stemmed as the analysis stems words.
_GENERIC = frozenset(content_words(" ".join([*ROLE_LABELS.values(), "involving"])))


def _stems(text: str) -> set[str]:
    return set(content_words(text)) - _GENERIC


def _heading(section: SectionItem) -> str:
    return section.heading.strip() or section.original_heading.strip()


def _supports(heading: set[str], text: str) -> bool:
    return len(heading & _stems(text)) >= min(2, len(heading))


def _anchor(heading: str, facts: list[FactItem]) -> FactItem | None:
    """Return the best-scored of ``facts`` whose words state ``heading``; None when none does
    or the heading is a label."""
    words = _stems(heading)
    if not words:
        return None
    return next((f for f in facts if _supports(words, f.text)), None)


def states_heading(heading: str, text: str) -> bool:
    """Return whether ``text`` (what a section prints) bears out ``heading``.

    A topic label ("Casualties") holds when the text carries one of its cues ("killed"); a
    role label ("Developments", "Outlook for X") always does; a phrase or clause heading when
    the text holds its words, each of two events it joins with "and".
    """
    label = label_of(heading)
    if label is not None:
        return label not in TOPIC_CUES or any(topic_cue_counts(text)[label])
    words = _stems(heading)
    if not words or not _supports(words, text):
        return not words
    # Two events joined ("Nuclear deal over Iran and key structural reforms"): each is borne
    # out, or the heading names what the section does not print.
    said = _stems(text)
    return all(_stems(part) & said or not _stems(part) for part in heading.split(" and "))


def label_of(heading: str) -> str | None:
    """Return the neutral label ``heading`` is (with or without "for <actor>"), else None."""
    base = re.split(r" (?:for|involving|on) ", heading, maxsplit=1)[0]
    return base if base in TOPIC_LABELS or heading in TOPIC_LABELS else None


# A line without closing punctuation ("What comes next") is a subheading or a caption that
# came in with the text, not a sentence to summarise with.
_CLOSING = (".", "!", "?", "…", "”", '"', "’", "'", ")")


def _is_sentence(text: str) -> bool:
    return text.rstrip().endswith(_CLOSING)


def printed_sentences(briefing: Briefing, section: SectionItem) -> list[SummarySentence]:
    """Return the sentences the section's summary prints, as drafted into the briefing
    (:attr:`SectionItem.printed`), in reading order; each in the user's wording when
    reworded, else in the article's words without a leading connective ("However, …"), its
    opening pronoun named in brackets where the sentence before it in the summary does not
    let it be read (see :mod:`briefwright.draft.naming`)."""
    by_id = {f.id: f for f in section_facts(briefing, section)}
    order = reading_order(briefing.facts)
    out: list[SummarySentence] = []
    previous: FactItem | None = None
    for fid in section.printed:
        f = by_id.get(fid)
        if f is None:
            continue
        wording = section.sentence_wording.get(f.id, "").strip()
        text = wording or fact_wording(article_sentence(briefing, f))
        shown = out[-1].text if out else ""
        alone = not keeps_pronoun(f, previous, order, briefing.actors, shown)
        if not wording and f.refers_to and alone:
            earlier = " ".join(s.text for s in out)
            text = named(text, f.refers_to, briefing.actors, earlier)
        out.append(SummarySentence(f.id, f.paragraph, text, bool(wording), f.sentence))
        previous = f
    return out


def picked_fact_ids(briefing: Briefing) -> frozenset[str]:
    """Return the ids of the article's sentences the user's picks hold: the ticked facts and
    every sentence of a ticked section's paragraphs it has not left out. A part drafted from
    the article (incidents, actions taken) draws on these only, so that what is unticked
    leaves the page. A reporters' credit ("… contributed to this report.") is the page's
    furniture: it is never among them."""
    picked = {f.id for f in briefing.facts if f.included}
    for section in briefing.included_sections():
        picked |= {
            f.id for f in section_facts(briefing, section) if f.paragraph not in section.left_out
        }
    return frozenset(f.id for f in briefing.facts if f.id in picked and not is_credit(f.text))


def article_sentence(briefing: Briefing, fact: FactItem) -> str:
    """Return the article sentence a fact came from, or its original wording when unknown."""
    try:
        paragraph = briefing.paragraph_at(fact.ref)
        # A negative index from a hand-edited project would quote another sentence.
        if paragraph.sentences and 0 <= fact.sentence < len(paragraph.sentences):
            return " ".join(paragraph.sentence_text(fact.sentence).split())
    except (KeyError, IndexError):
        pass
    return " ".join((fact.original or fact.text).split())
