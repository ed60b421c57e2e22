"""Whether a sentence names its speaker where a reader sees it: at its opening or its close."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Words that may open a sentence before the name of its speaker ("But", "Also").
_LEAD = re.compile(r"(?:(?:But|And|So|Yet|Also|Meanwhile|Separately|However|Still)\b,?\s+)+")
_LEAD_CLAUSE = re.compile(r"[,:;“”\"]|\b(?:said|says|told|is|are|was|were|has|have|had)\b")
# A name this far into a sentence no longer opens it.
_OPENING_WORDS = 8


def named_first(text: str, speaker: str, aliases: Sequence[str] = ()) -> bool:
    """Return whether ``text`` opens with its speaker (``speaker`` or one of ``aliases``, such
    as a person's surname): the name stands in the sentence's subject, before any comma or
    verb ("Police Chief Tim Longo said …", "But investigators say …"), so the reader sees
    who speaks without an attribution after the sentence."""
    if not speaker.strip():
        return False
    lead = _LEAD.match(text)
    opening = text[lead.end() if lead else 0 :]
    stop = _LEAD_CLAUSE.search(opening)
    subject = opening[: stop.start() if stop else len(opening)]
    words = subject.split()[:_OPENING_WORDS]
    subject = " " + " ".join(words).lower() + " "
    return any(f" {form.lower()} " in subject for form in (speaker, *aliases) if form.strip())


# The attribution that closes a sentence: "…, Kurnaz said.", '…," said Kurnaz.', "…,
# according to the FBI." (after its last comma or closing quotation mark), a long name with
# its short form too ("…, according to the California Department of Forestry and Fire
# Protection (Cal Fire).").
_CLOSING = re.compile(r"(?:,|[\"”])\s*([^,\"“”]{1,120})$")
_CLOSING_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|stated|according to)\b"
)


def named_last(text: str, speaker: str, aliases: Sequence[str] = ()) -> bool:
    """Return whether ``text`` closes with an attribution naming its speaker ("…, Kurnaz
    said."), so the reader has just seen who speaks."""
    m = _CLOSING.search(text.rstrip())
    if m is None or not _CLOSING_VERB.search(m.group(1)):
        return False
    tail = " " + " ".join(re.sub(r"[^\w\s'’.-]", " ", m.group(1)).lower().split()) + " "
    tail = tail.replace(". ", " ")
    return any(f" {form.lower()} " in tail for form in (speaker, *aliases) if form.strip())

