"""What a traveller needs from a story: the kinds of sentence a travel alert ranks first."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from briefwright.model.article import Article
from briefwright.model.assets import get_asset
from briefwright.model.briefing import SectionItem
from briefwright.model.errors import TemplateError

OUTLOOK = "outlook"


@dataclass(frozen=True)
class TravellerKind:
    """A kind of sentence a traveller needs: its key, label and cue pattern."""

    key: str
    label: str
    pattern: re.Pattern[str]


@functools.cache
def traveller_kinds() -> tuple[TravellerKind, ...]:
    """Return the kinds of ``resources/traveller.toml``, in the order an alert ranks them.

    Raise TemplateError when the file cannot be read, a kind has no cues or a cue is not a
    regular expression.
    """
    path = get_asset("traveller.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, ValueError) as exc:
        raise TemplateError(f"the traveller cues cannot be read ({path.name}): {exc}") from exc
    return tuple(_kind(key, entry) for key, entry in data.get("kinds", {}).items())


def _kind(key: str, entry: object) -> TravellerKind:
    """Return the kind ``key`` of the cue file; raise TemplateError as :func:`traveller_kinds`."""
    if not isinstance(entry, dict):
        raise TemplateError(f"traveller cues: [kinds.{key}] must be a table")
    pattern = cue_pattern(entry.get("cues"), f"kinds.{key}")
    return TravellerKind(key, str(entry.get("label", key)), pattern)


def cue_pattern(cues: object, where: str) -> re.Pattern[str]:
    """Return one pattern for a list of cues (regular expressions, matched without regard to
    case at a word's start). Raise TemplateError naming ``where`` when ``cues`` is not a
    non-empty list of strings or a cue is not a regular expression."""
    if not (isinstance(cues, list) and cues and all(isinstance(c, str) for c in cues)):
        raise TemplateError(f"cue file: [{where}] needs a list of cues")
    try:
        # A cue starts at a word's start ("shut" is no cue in "reshuffle") and may end
        # inside one ("evacuat\w+" for "evacuation" and "evacuated").
        return re.compile(r"(?<![\w-])(?:" + "|".join(cues) + ")", re.IGNORECASE)
    except re.error as exc:
        raise TemplateError(f"cue file: [{where}] has a bad cue: {exc}") from exc


def kinds_of(text: str) -> tuple[str, ...]:
    """Return the keys of the kinds ``text`` is (``("hazard", "closure")``), in rank order;
    empty for a sentence a traveller can do without."""
    return tuple(k.key for k in traveller_kinds() if k.pattern.search(text))


def traveller_rank(text: str) -> int:
    """Return where a sentence ranks for a traveller: the index of its first kind (0 for a
    continuing hazard …), the number of kinds for a sentence of none (ranks last)."""
    keys = [k.key for k in traveller_kinds()]
    found = kinds_of(text)
    return keys.index(found[0]) if found else len(keys)


def needs_it(text: str) -> bool:
    """Return whether a traveller needs the sentence: it is of a kind other than the outlook
    (an outlook ranks apart: it is never dropped, see :func:`section_order`)."""
    return any(k != OUTLOOK for k in kinds_of(text))


def section_texts(article: Article, section: SectionItem) -> list[str]:
    """Return the sentences of the section's paragraphs, in reading order."""
    out: list[str] = []
    for pid in section.paragraphs:
        try:
            para = article.paragraph(pid)
        except KeyError:
            continue
        out += [para.text[s.start : s.end] for s in para.sentences]
    return out


def section_order(article: Article, section: SectionItem, lead: int) -> int:
    """Return where a section stands in a travel alert's event part: 0 the one holding the
    lead (what happened), 1 a section a traveller needs, 2 the outlook, 3 the rest."""
    if lead in section.paragraphs:
        return 0
    texts = section_texts(article, section)
    if any(needs_it(t) for t in texts):
        return 1
    return 2 if section.role == OUTLOOK else 3
