"""The phrases of a tagged sentence a heading may use: event noun phrases and noun runs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.model import calendar
from briefwright.model.analysis import Actor

EVENT_NOUNS: frozenset[str] = lexicon.words("headings.event_nouns")
_HEDGES = lexicon.words("headings.hedge_nouns")
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "HYPH"})
_PP_HEADS = lexicon.words("headings.phrase_prepositions")
_TIME = frozenset(
    w.lower()
    for w in (
        *lexicon.items("headings.time_words"),
        *calendar.MONTHS,
        *calendar.WEEKDAYS,
    )
)
_NP_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD", "PRP$"})
_WEAK_ADJECTIVES = lexicon.words("headings.weak_adjectives")
STOP_OBJECTS = lexicon.words("headings.stop_objects")
_NAME_SUFFIXES = lexicon.words("headings.name_suffixes")
_REGNAL = re.compile(r"[IVXL]{2,}")
_OUTLETS = lexicon.words("statements.news_outlets")
# A broadcaster's call sign ("WJLA", "KTLA-TV"): a station that reports, not an actor.
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?")
# How an article has an outlet report: "Telam reported", "the state news agency IRNA".
_REPORTS_AFTER = (
    "reported", "reports", "news agency", "newspaper", "TV", "television", "said in a report"
)
_REPORTS_BEFORE = ("news agency", "newspaper", "broadcaster", "affiliate", "station", "channel")


@dataclass(frozen=True)
class Token:
    """A token of a paragraph: text, Penn tag and character offset."""

    text: str
    tag: str
    idx: int

    @property
    def lower_(self) -> str:
        """Return the text in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Phrase:
    """A heading candidate from one sentence: its words, the event noun or verb it is built
    on, where that stands, and whether a named actor is its subject (a clause heading)."""

    words: tuple[str, ...]
    head: str
    position: int
    named: bool = False


def noun_run(tokens: Sequence[Token], k: int, limit: int) -> tuple[list[str], int]:
    """Return a noun phrase starting at token ``k`` and where it ends; a leading article is
    kept only before a proper name ("of the US Embassy")."""
    words: list[str] = []
    while k < len(tokens) and len(words) < limit:
        tok = tokens[k]
        if tok.lower_ in _TIME:
            break  # "the government last month": the time is no part of the thing
        if tok.tag in _NP_TAGS:
            proper_next = k + 1 < len(tokens) and tokens[k + 1].tag.startswith("NNP")
            # "no explanation" keeps its "no": without it the phrase says the opposite.
            kept = (tok.lower_ == "the" and proper_next) or tok.lower_ == "no"
            if tok.tag not in ("DT", "PRP$") or words or kept:
                words.append(tok.text)
        elif tok.tag == "CC" and words and k + 1 < len(tokens) and tokens[k + 1].tag in _NP_TAGS:
            words.append(tok.text)
        else:
            break
        k += 1
    while words and (words[-1].lower() in ("and", "or", "the", "a", "an") or words[-1] in "-"):
        words.pop()
    if _glued(tokens, k) and tokens[k - 1].tag != "CD":
        return [], k  # "the Iran-aligned Houthis" cut after "Iran" would say something else
    if (
        words
        and k + 1 < len(tokens)
        and tokens[k - 1].tag.startswith("NNP")
        and tokens[k].lower_ == "of"
        and tokens[k + 1].tag.startswith("NNP")
    ):
        return [], k  # "the Africa Cup" of "the Africa Cup of Nations"
    return words, k


def _glued(tokens: Sequence[Token], k: int) -> bool:
    """Return whether token ``k`` continues the word before it ("-aligned" after "Iran")."""
    if not 0 < k < len(tokens):
        return False
    before, tok = tokens[k - 1], tokens[k]
    return tok.idx == before.idx + len(before.text) and (tok.text[:1].isalnum() or tok.text == "-")


def ends_in_noun(words: Sequence[str], tokens: Sequence[Token], end: int) -> bool:
    """Return whether the phrase ending before token ``end`` ends in a noun, not a number."""
    last = [t for t in tokens[:end] if t.tag not in ("HYPH", "POS")]
    return bool(words) and bool(last) and last[-1].tag.startswith("NN") and last[-1].text.isalpha()


def event_phrases(tokens: Sequence[Token]) -> list[Phrase]:
    """Return the event phrases of a sentence as the article writes them: an event noun with
    the modifiers before it and a short prepositional phrase after ("partial evacuation of
    the US Embassy")."""
    found: list[Phrase] = []
    for i, tok in enumerate(tokens):
        low = tok.lower_
        if low not in EVENT_NOUNS or not tok.tag.startswith("NN"):
            continue
        if i > 0 and not tok.text.islower():
            continue  # "March" the month, "Deal" in a name
        if _glued(tokens, i + 1) or (i > 0 and _glued(tokens, i) and tokens[i - 1].text != "-"):
            continue
        start = i
        while start > 0 and tokens[start - 1].tag in _MODIFIER_TAGS and i - start < 3:
            start -= 1
        if start > 0 and tokens[start].tag == "HYPH":
            start -= 1  # "no-confidence vote": the word before the hyphen belongs to it
        while start < i and tokens[start].lower_ in _WEAK_ADJECTIVES:
            start += 1
        end = i + 1
        while end < len(tokens) and tokens[end].tag in ("NN", "NNS") and end - i < 2:
            end += 1
        words = [t.text for t in tokens[start:end]]
        if (
            start > 1
            and tokens[start - 1].lower_ in ("of", "for", "to")
            and tokens[start - 2].lower_ in _HEDGES
        ):
            # "the possibility of military intervention": the event is only possible.
            words = [tokens[start - 2].text, tokens[start - 1].lower_, *words]
        if end + 1 < len(tokens) and tokens[end].lower_ in ("both", "either"):
            end += 1
        if end < len(tokens) and tokens[end].lower_ in _PP_HEADS:
            obj, after = noun_run(tokens, end + 1, 4)
            if obj and ends_in_noun(obj, tokens, after):
                words += [tokens[end].lower_, *obj]
        found.append(Phrase(tuple(words), low, i))
    return found


def is_adjectival(actor: Actor) -> bool:
    """Return whether ``actor`` is only a group adjective ("French", "jihadist"), not a doer."""
    return actor.label == "GROUP" and (actor.subtype == "demonym" or actor.name[:1].islower())


def is_outlet(actor: Actor, text: str = "") -> bool:
    """Return whether ``actor`` is a news outlet: a name of it holds one the lexicon knows
    ("CNN", "Reuters"), is a broadcaster's call sign ("WJLA"), or ``text`` (the article)
    has it report ("Telam reported", "the NRG newspaper"). It reports the news, and a
    heading never names a section for it."""
    if actor.label in ("PLACE", "GROUP"):
        return False  # "Turkish television": the nationality is no outlet
    forms = [f for f in (actor.name, *actor.aliases) if f]
    if any(_CALL_SIGN.fullmatch(f) or _OUTLETS & set(f.split()) for f in forms):
        return True
    if not text or actor.label == "PERSON":
        return False
    return any(f"{f} {w}" in text for f in forms for w in _REPORTS_AFTER) or any(
        f"{w} {f}" in text for f in forms for w in _REPORTS_BEFORE
    )


def short_name(actor: Actor) -> str:
    """Return how a heading names ``actor``: a surname, an acronym, or the name."""
    if actor.label == "PERSON":
        named = [w for w in actor.name.split() if any(c.isalpha() for c in w)]
        while len(named) > 1 and (
            named[-1].lower().strip(",") in _NAME_SUFFIXES or _REGNAL.fullmatch(named[-1])
        ):
            named.pop()  # "Ferdinand Marcos Jr." is Marcos
        return named[-1] if named else actor.name
    for alias in sorted(actor.aliases, key=lambda a: (len(a), a)):
        if " " not in alias and 2 <= len(alias.replace(".", "")) <= 7 and alias[:1].isupper():
            return alias.replace(".", "")
    return actor.name


def count_words(words: Sequence[str]) -> int:
    """Return how many words ``words`` hold once names are split into their words."""
    return len(" ".join(words).split())
