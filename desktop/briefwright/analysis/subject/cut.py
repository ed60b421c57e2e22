"""Where the main clause's object ends, and the line cut after a whole phrase only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefwright.analysis import lexicon
from briefwright.analysis.dates.tense import CLAUSE_OPENERS, VerbGroup, verb_group_of
from briefwright.analysis.events.timeline import object_end, text_of
from briefwright.analysis.penn import FINITE, NOUNS, RELATIVE
from briefwright.analysis.sections.headings import prefer_acronyms, short_name
from briefwright.analysis.sections.phrases import Token
from briefwright.analysis.subject.lede import Sentence
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor

PREPOSITIONS = lexicon.words("headings.prepositions")
SUBORDINATORS = lexicon.words("events.subordinators") | CLAUSE_OPENERS
_COMPLEMENTISERS = frozenset(("that", "whether", "if"))
_AUXILIARIES = frozenset(
    ("be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "having")
)
# What opens a clause inside an object before its verb ("a fine he had imposed").
_CLAUSE_OPENING = frozenset(("PRP", "MD", "VBD", "VBZ", "VBP", "RB", "WDT", "WP"))
# Tags a phrase may not end on: a word whose noun or clause is missing.
DANGLING = frozenset(("DT", "IN", "CC", "TO", "POS", "PRP$", "WDT", "WP", "WP$", "MD", ",", "HYPH"))
# Tags that carry a noun phrase on: the phrase is not whole before them.
_NOUN_GOES_ON = frozenset(("NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD"))


def object_words(s: Sentence, group: VerbGroup, skip: set[int]) -> tuple[list[int], bool]:
    """Return the token indices of the verb group and its object up to a clause break, an
    aside between commas stepped over ("ordered Carlo Ferretti, the former chief executive
    of …, to stand trial"), and whether a clause break ended it (not the length)."""
    tokens = s.tokens
    limit = 2 * WEIGHTS.subject_line_max_words
    end = object_end(tokens, group, skip, limit)
    if end == group.end and end < len(tokens) and tokens[end].lower_ in _COMPLEMENTISERS:
        # "Lawmakers are questioning whether a bank failed to comply …": the clause is the
        # object.
        inner = next((i for i in range(end + 1, len(tokens)) if tokens[i].tag in FINITE), None)
        if inner is not None:
            end = object_end(tokens, verb_group_of(tokens, inner), skip, limit)
    while end < len(tokens) - 1 and (
        # "won election as leader of the Democratic minority": "as" before a noun phrase.
        (tokens[end].lower_ == "as" and _noun_phrase_follows(tokens, end + 1))
        # "a bid to lease and sell 100 tankers": two verbs share the object.
        or (tokens[end].tag == "CC" and tokens[end - 1].tag == tokens[end + 1].tag == "VB")
        # "said he is now "feeling well"": a short quotation is part of the object.
        or (tokens[end].text in ('"', "“") and _closing_quote(tokens, end) is not None)
        # "the new, fully-stacked Delta IV Heavy": a comma between adjectives.
        or (
            tokens[end].text == ","
            and tokens[end - 1].tag == "JJ"
            and tokens[end + 1].tag in ("JJ", "RB")
        )
    ):
        resume = _closing_quote(tokens, end) if tokens[end].text in ('"', "“") else end
        end = object_end(tokens, replace(group, end=(resume or end) + 1), skip, limit)
    rest = [i for i in range(group.start, end) if i not in skip]
    if end in skip:
        # A date ends the object, as it ends an event's ("hit a wedding party … on Friday").
        return _uncoordinated(tokens, rest, group), True
    close = _aside_end(tokens, end)
    if close is not None:
        more = object_end(tokens, replace(group, end=close + 1), skip, limit)
        rest += [i for i in range(close + 1, more) if i not in skip]
        end = more
    stop = end
    left: list[Token] = []
    while stop < len(tokens) and (
        stop in skip or (tokens[stop].tag in DANGLING and _continues(tokens, stop))
    ):
        if stop not in skip:
            left.append(tokens[stop])  # what object_end left off ("told fans to | "feed …"")
        stop += 1
    # A determiner or possessive left off had its noun after the break ("in CBS' "Supergirl"").
    whole = not (stop < len(tokens) and _continues(tokens, stop)) and not any(
        t.tag in ("DT", "POS", "PRP$", "HYPH") for t in left
    )
    if whole and end < len(tokens) and tokens[end].lower_ in SUBORDINATORS:
        while len(rest) > 1 and rest[-1] >= group.end and tokens[rest[-1]].tag.startswith("RB"):
            rest.pop()  # "ever since it buried …": the adverb goes with the clause
    return _uncoordinated(tokens, rest, group), whole


def _closing_quote(tokens: Sequence[Token], opening: int) -> int | None:
    """Return where a quotation of a few words opening at ``opening`` closes, else None."""
    for k in range(opening + 1, min(len(tokens), opening + 8)):
        if tokens[k].text in ('"', "”"):
            return k if k > opening + 1 else None
        if tokens[k].text in (".", ";", ":"):
            return None
    return None


def _noun_phrase_follows(tokens: Sequence[Token], at: int) -> bool:
    """Return whether a noun phrase without a verb of its own runs from ``at`` to the next
    comma or the sentence's end."""
    if at >= len(tokens) or tokens[at].tag not in (
        "DT",
        "JJ",
        "NN",
        "NNS",
        "NNP",
        "NNPS",
        "PRP$",
        "CD",
    ):
        return False
    for t in tokens[at:]:
        if t.text in (",", ";", ":", "."):
            return True
        if t.tag in FINITE or t.tag in RELATIVE:
            return False
    return True


def _uncoordinated(tokens: Sequence[Token], rest: list[int], group: VerbGroup) -> list[int]:
    """Return ``rest`` up to a conjunction that opens a clause of its own ("were neglected
    and one party's preoccupation … was getting in the way")."""
    for n, i in enumerate(rest):
        if i < group.end or tokens[i].tag != "CC":
            continue
        for k in range(i + 1, len(tokens)):
            t = tokens[k]
            if t.text in (",", ";", ":", ".") or t.tag in RELATIVE:
                break
            if t.tag in FINITE:
                return rest[:n]
    return rest


def _aside_end(tokens: Sequence[Token], comma: int) -> int | None:
    """Return the closing comma of an appositive aside opening at ``comma`` when the clause
    goes on after it with a preposition or "to" ("Carlo Ferretti, the former chief executive
    of Adriatica Energia, to stand trial"); None otherwise."""
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    if comma + 1 >= len(tokens) or tokens[comma + 1].tag not in ("DT", "JJ", "NNP", "PRP$", "CD"):
        return None
    for k in range(comma + 1, min(len(tokens), comma + 12)):
        t = tokens[k]
        if t.text == ",":
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.tag not in ("TO", "IN") or after.lower_ in SUBORDINATORS:
                return None
            return k
        if t.tag in FINITE or t.tag in RELATIVE or t.text in (";", ":", "(", ")"):
            return None
    return None


def _continues(tokens: Sequence[Token], at: int) -> bool:
    """Return whether the token at ``at`` carries on the phrase before it (the object was
    cut by its length, not by a clause break)."""
    t = tokens[at]
    if t.text in (",", ";", ":", ".", "!", "?", ")", "—", "–", '"', "”"):
        return False
    return not (t.lower_ in SUBORDINATORS and t.tag != "RB")


def fit(
    s: Sentence,
    subject: list[int],
    rest: list[int],
    verb_end: int,
    whole: bool,
    actors: Sequence[Actor],
) -> str:
    """Return subject, verb and object as one line of at most the subject line's words, cut
    only after a whole phrase (a noun, number or pronoun that nothing of its phrase follows),
    people named by their surname and organisations by their acronym when that makes it fit;
    "" when no such cut keeps the verb's object."""
    tokens = s.tokens
    while rest and rest[-1] >= verb_end and tokens[rest[-1]].tag in DANGLING:
        rest = rest[:-1]
        whole = True
    lines = [text_of(s.text, tokens, [*subject, *kept]) for kept in _cuts(s, rest, verb_end, whole)]
    for shorten in (False, True):
        for line in lines:
            option = _shorter(line, actors) if shorten else line
            if len(option.split()) <= WEIGHTS.subject_line_max_words:
                return option
    return ""


def _cuts(s: Sentence, rest: list[int], verb_end: int, whole: bool) -> list[list[int]]:
    """Return the places ``rest`` may end, longest first: its natural end when a clause break
    ended it, and every whole phrase within."""
    tokens = s.tokens
    out: list[list[int]] = []
    for n in range(len(rest), 0, -1):
        last = rest[n - 1]
        if last < verb_end - 1:
            break
        if n == len(rest) and whole:
            pass
        elif not (last >= verb_end and _phrase_ends(tokens, last, _next(s, rest, n), verb_end)):
            continue
        kept = rest[:n]
        if (
            len(kept) > 1
            and kept[-1] >= verb_end
            and tokens[kept[-1]].tag in ("VBN", "VBG")
            # after a noun or a clause's own subject and auxiliary, not "21 missing" nor
            # "has been deeply shaken"
            and tokens[kept[-1] - 1].tag in (NOUNS | {"PRP"} | FINITE)
        ):
            # "a ceasefire agreed", "a fine he had imposed": a participle without what it
            # says is no whole phrase, nor are its auxiliary and subject.
            kept = kept[:-1]
            while (
                len(kept) > 1 and kept[-1] >= verb_end and tokens[kept[-1]].tag in _CLAUSE_OPENING
            ):
                kept = kept[:-1]
        end = tokens[kept[-1]]
        if kept[-1] >= verb_end and (
            end.tag in DANGLING
            or (end.tag == "RP" and end.lower_ in PREPOSITIONS)
            # "… Cattelan that chronicles | "…": a verb whose object was cut off
            or (end.tag in FINITE | {"VB"} and not _at_break(s, kept))
            # "has been | deeply shaken": an auxiliary without its verb
            or (end.lower_ in _AUXILIARIES and not _at_break(s, kept))
        ):
            continue
        out.append(kept)
    return out


def _shorter(line: str, actors: Sequence[Actor]) -> str:
    """Return ``line`` with people named by their surname ("Defense Secretary Rumsfeld") and
    organisations by the acronym the article uses."""
    for actor in actors:
        if actor.label != "PERSON":
            continue
        for name in sorted((actor.name, *actor.aliases), key=len, reverse=True):
            if " " in name and name in line:
                line = line.replace(name, short_name(actor))
    return prefer_acronyms(line, actors, capitals_only=True)


def _at_break(s: Sentence, kept: list[int]) -> bool:
    """Return whether the sentence pauses right after the last of ``kept``."""
    after = _next(s, kept, len(kept))
    return (
        after is None
        or after.text in (".", ",", ";", ":", "!", "?")
        or (after.lower_ in SUBORDINATORS)
    )


def _next(s: Sentence, rest: list[int], n: int) -> Token | None:
    """Return the token after the ``n`` first of ``rest`` in the sentence, dates and asides
    passed over."""
    k = rest[n - 1] + 1
    while k < len(s.tokens) and k in s.skip:
        k += 1
    return s.tokens[k] if k < len(s.tokens) else None


def _phrase_ends(tokens: Sequence[Token], last: int, after: Token | None, verb_end: int) -> bool:
    """Return whether a phrase may end at token ``last``: it is a noun, number or pronoun
    and what follows opens another phrase ("… tankers | it accused", "… oil | to China"),
    not one that completes it ("in breach | of", "in order | to license")."""
    t = tokens[last]
    if t.tag == "RP" and t.lower_ in PREPOSITIONS:
        return False  # "tune in" reads as a preposition that lost its noun
    if after is None or after.text in (",", ";", ":", "."):
        return t.tag.startswith(("NN", "VB", "RP", "CD", "PRP"))
    if t.tag in ("RP", "VB", "VBN") and after.tag == "IN" and after.lower_ != "of":
        # "were expected to tune in | for a broadcast": the verb phrase is whole.
        return True
    if not (t.tag.startswith("NN") or t.tag in ("CD", "PRP")):
        return False
    if after.tag in _NOUN_GOES_ON:
        return False
    if after.tag == "IN":
        return after.lower_ != "of"
    if after.tag == "TO":
        k = last + 2
        if k < len(tokens) and tokens[k].tag in ("DT", "NNP", "NNPS", "CD", "PRP$"):
            return True  # "sold its unit | to CVC"
        # "on the verge of a historic deal | to restore …": what the noun of a phrase
        # governed by a preposition is for; never the verb's own object ("ordered Ferretti
        # | to stand trial").
        k = last
        while k > verb_end and tokens[k - 1].tag in _NOUN_GOES_ON | {"DT", "JJ", "PRP$"}:
            k -= 1
        return tokens[k - 1].tag == "IN"
    return after.tag in ("CC", "WDT", "WP", "WP$", "VBG", "VBN", "RB")
