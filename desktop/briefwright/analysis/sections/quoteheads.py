"""A heading from a quotation that opens its sentence: its first clause, then who says it.

'"My son was definitely unarmed, because he never had a gun," father Abdulbaki Todashev told
reporters.' heads as '"My son was definitely unarmed" — Abdulbaki Todashev': the speaker's
own words in their marks, in the order the sentence gives them, attributed as a key fact is.
Made only when the quoted clause is whole within a few words (it ends at a comma or the
closing mark), holds a verb, and the attribution after the quotation names a person or an
organisation of the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from briefwright.analysis import lexicon
from briefwright.analysis.sections.clauses import _actor_in
from briefwright.analysis.sections.phrases import Token, is_outlet, short_name
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor

_OPEN = frozenset({'"', "“", "``"})
_CLOSE = frozenset({'"', "”", "''"})
# Openings that point back or say nothing alone ('"It was awful"', '"That is why"').
_VAGUE = frozenset({"it", "this", "that", "these", "those", "there", "he", "she", "they"})
# A clause that opens with one of these ('"If we lose the mayor, …"') is not said alone.
_SUBORDINATE = lexicon.words("events.subordinators") | frozenset({"and", "or", "so", "but"})
_NAMED = ("PERSON", "ORG")
_CLAUSE_OPENERS = frozenset(
    {"that", "if", "whether", "because", "when", "while", "although", "though", "unless", "where"}
)


def quote_heading(tokens: Sequence[Token], actors: Sequence[Actor]) -> str | None:
    """Return the heading of a sentence that opens with a quotation, or None."""
    if not tokens or tokens[0].text not in _OPEN:
        return None
    close = next((k for k in range(1, len(tokens)) if tokens[k].text in _CLOSE), -1)
    if close < 0:
        return None
    stop = next((k for k in range(1, close) if tokens[k].text in (",", ";", ":", "--")), close)
    words = tokens[1:stop]
    if words and words[-1].text in (".", "!", "?"):
        words = words[:-1]
    high = WEIGHTS.heading_max_words - 1
    if len(words) > high:
        # A partial quotation, ended where its clause may end: before a phrase or a relative
        # clause that follows a noun ("We are seeking answers and justice [for someone …]").
        cut = next(
            (
                k
                for k in range(high, 3, -1)
                if words[k].tag in ("IN", "WDT")
                and words[k].lower_ != "of"
                and words[k - 1].tag.startswith("NN")
            ),
            0,
        )
        # Never inside a clause the verb takes ("I agree that in any airport").
        inner = any(t.lower_ in _CLAUSE_OPENERS for t in words[1:cut])
        words = words[:cut] if not inner else []
    if not 3 <= len(words) <= high:
        return None
    finite = any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in words)
    # "That is why" points back; "That entire house" is a determiner before its noun.
    pointing = words[0].lower_ in _VAGUE and (words[1].tag.startswith("VB") or words[1].tag == "MD")
    if pointing or words[0].lower_ in _SUBORDINATE or not finite:
        return None
    # Who says it: a person (whole name, as a key fact names a speaker) or an organisation
    # named in the attribution after the quotation: before its verb ('…," Ashton said'), or
    # after it up to a comma ('…," said Ali Kurnaz, a spokesman'); never the hearer.
    start = close + 1 + (close + 1 < len(tokens) and tokens[close + 1].text == ",")
    verb = next((k for k in range(start, len(tokens)) if tokens[k].tag.startswith("VB")), -1)
    if verb < 0:
        return None
    if verb == start:
        start = verb + 1
        end = next(
            (k for k in range(start, len(tokens)) if tokens[k].text in (",", ".", ";")),
            len(tokens),
        )
    else:
        end = verb
    named = [a for a in actors if a.label in _NAMED and not is_outlet(a)]
    speaker = _actor_in(tokens, start, end, named) if start < end else None
    if speaker is None:
        return None
    name = speaker.name if speaker.label == "PERSON" else short_name(speaker)
    said = _joined(words)
    return f"“{said[:1].upper()}{said[1:]}” — {name}"


def _joined(words: Sequence[Token]) -> str:
    """Return the tokens' text with the sentence's own spacing."""
    out = words[0].text
    for before, tok in pairwise(words):
        gap = tok.idx - before.idx - len(before.text)
        out += (" " if gap > 0 else "") + tok.text
    return out
