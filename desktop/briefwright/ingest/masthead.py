"""The news layout at an article's top: headline, byline, date line and dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefwright.ingest.dateline_day import DATELINE_DATE, DatelineDay, dateline_day
from briefwright.ingest.dates import parse_date_prefix
from briefwright.ingest.paragraphs import Block, normalize_block
from briefwright.ingest.placecase import normal_case
from briefwright.model.calendar import month_pattern, weekday_pattern

# A headline is a short line; a longer one is the first paragraph of a text without one.
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_CHARS = 250
_BYLINE_MAX_CHARS = 120
# Only the first few blocks can hold the top matter.
_TOP_BLOCKS = 6
_CLOSERS = "\"'”’»)]*_ "
# A sentence ends in a full stop, an exclamation mark or an ellipsis; a line ending in a colon,
# a comma or a dash leads into what follows. A question may be a headline.
_NOT_HEADLINE_END = frozenset(".!:;,…-–—")

_MONTH_NAMES = month_pattern()
_WEEKDAY_NAMES = weekday_pattern()
_CAPS_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*[A-ZÀ-Þ.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}"
_MIXED_WORD = r"[A-ZÀ-Þ][a-zß-ÿ.'’-]*[a-zß-ÿ.]"
_MIXED_PLACE = rf"{_MIXED_WORD}(?:[ ](?:{_MIXED_WORD}|de|da|do|of|la|le|es|al|el)){{0,3}}"
# A region after the city: "Kenya", "South Sudan", or an abbreviation ("D.C.", "Calif.",
# "MO." as older all-caps wire copy writes it).
_REGION = (
    rf"(?!{_MONTH_NAMES}\b|{_WEEKDAY_NAMES}\b)(?:{_MIXED_PLACE}|[A-Z]\.(?:[A-Z]\.)+"
    rf"|[A-Z][a-z]{{1,5}}\.|[A-Z]{{2,5}}\.)"
)
_AGENCY = r"\((?P<agency>[A-Za-z][\w.&'’ -]{0,38}[\w.])\)"
# A hyphen needs a space after it ("PARIS - The"); the dashes may touch the word ("WASHINGTON—").
_DASH = r"(?:\s+-{1,2}\s+|\s*[–—―]\s*|\s*-{1,2}\s+)"
# After an agency's closing bracket a hyphen may touch the text ("(Reuters) -U.S. …").
_AGENCY_DASH = rf"\s*{_AGENCY}(?:{_DASH}|\s*-{{1,2}}(?=[A-Z0-9\"“]))"
_DATELINE = re.compile(
    rf"(?P<place>{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE})*)"
    rf"(?P<region>,\s*{_REGION})?"
    rf"(?:,\s*(?P<date>{DATELINE_DATE}))?"
    rf"(?:{_AGENCY_DASH}|{_DASH})(?=\S)"
)
# Agencies that write the place in normal case ("Paris (AFP) -"): the agency is then required.
_MIXED_DATELINE = re.compile(
    rf"(?P<place>{_MIXED_PLACE}(?:\s*/\s*{_MIXED_PLACE})*)"
    rf"(?P<region>,\s*{_REGION})?"
    rf"(?:,\s*(?P<date>{DATELINE_DATE}))?"
    rf"{_AGENCY_DASH}(?=\S)"
)
# No place, only the agency ("(CNN) —") or a date and the agency ("Dec 1 (Reuters) -").
_PLACELESS_DATELINE = re.compile(
    rf"(?P<place>)(?P<region>)(?:(?P<date>{DATELINE_DATE})\s*)?{_AGENCY_DASH}(?=\S)"
)
# Capitalised labels that open a story without being a place.
_KICKERS = frozenset(
    {
        "BREAKING", "URGENT", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "FLASH", "ALERT",
        "OPINION", "EDITORIAL", "WATCH", "LIVE", "CORRECTED", "CORRECTION", "REFILE", "FACTBOX",
        "EXPLAINER", "INSIGHT", "COMMENT", "REVIEW", "INTERVIEW", "BRIEF", "NEWS", "FEATURE",
        "SPECIAL", "REPORT",
    }
)  # fmt: skip
_BYLINE = re.compile(r"[Bb][Yy]:?\s+(?P<rest>\S.*)")
_NAME = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|de|van|von|da|al|bin|le|la))*")
_NAME_JOIN = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")
_OUTLET_SPLIT = re.compile(r"\s*(?:\||·|•|/|—|–|\s-\s)\s*")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’ -]*$")
_STAFF_ROLES = re.compile(
    r"\b(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Ss]taff)\b"
)
_CREDITS_MAX_CHARS = 300
_CREDIT = re.compile(
    r"(?P<role>(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Produced|Graphics|"
    r"Additional reporting)\s+by\s+(?P<names>.+)",
)
_IN_PLACE_ANYWHERE = re.compile(r"\s+in\s+[A-Z][\w.'’ -]*?(?=\s+and\s+|$)")
_END_NOTE = re.compile(r"(?:Our Standards:|©|Copyright\s+(?:©\s*)?\d{4}|\(c\)\s*\d{4})")
_DATE_LINE_LABEL = re.compile(
    r"(?:(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s+on)?\s*:?\s*)?"
)
# A page's "Published" line whose date the text extraction dropped or cut short ("26 Nov").
_DATE_LABEL_ONLY = re.compile(
    r"(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s+on)?\s*:?"
    r"(?:\s*(?=[^\n]*\d)[\w ,.:+|-]{1,40})?"
)
_TIME_TAIL = re.compile(
    r"\s*(?:[,|·•-]\s*)?(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?\s*\.?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dateline:
    """A dateline as written (``text``) and what it names; ``date`` only when it writes the
    year, ``day`` whatever part of a date it gives ("Jan 26", "Monday")."""

    text: str
    place: str | None
    outlet: str | None
    date: date | None
    end: int
    day: DatelineDay | None = None


@dataclass(frozen=True)
class Layout:
    """The top matter found and the body blocks left once it is taken out.

    ``blocks`` no longer hold the headline, byline or date line, nor the wire's closing
    credits ("(Reporting by …; Editing by …)"), and the lede no longer starts with the
    dateline. ``reporters`` are the names the credits give for the reporting.
    """

    blocks: list[Block]
    headline: str | None = None
    byline: str | None = None
    reporters: str | None = None
    outlet: str | None = None
    date: date | None = None
    dateline: Dateline | None = None


def read_layout(blocks: list[Block], *, titled: bool = False, title: str = "") -> Layout:
    """Return the headline, byline, date line and dateline at the top of ``blocks``.

    ``titled`` says the reader already has a title (a header field, front matter, a Title
    style or page metadata): no line is then taken for a headline, but a first line equal to
    ``title`` is dropped. Raises nothing.
    """
    headline: str | None = None
    byline: str | None = None
    outlet: str | None = None
    when: date | None = None
    index = 0
    rest: list[Block] = list(blocks)
    while index < min(len(rest), _TOP_BLOCKS):
        block = rest[index]
        lines = [line for line in block.text.split("\n") if line.strip()]
        taken = 0
        while taken < len(lines):
            line = normalize_block(lines[taken])
            after = lines[taken + 1] if taken + 1 < len(lines) else None
            more_blocks = index + 1 < len(rest)
            if byline is None and (found := parse_byline(line)) is not None:
                byline, by_outlet = found
                outlet = outlet or by_outlet
            elif when is None and (day := parse_date_line(line)) is not None:
                when = day
            elif _DATE_LABEL_ONLY.fullmatch(line) is not None or (
                titled and _same(line, title) and (after is not None or more_blocks)
            ):
                # A page's bare "Published" line, or the title repeated over the text.
                pass
            elif (
                not titled
                and headline is None
                and byline is None
                and when is None
                and is_headline(line)
                and _headline_context(block.kind, after, more_blocks)
                and not (block.kind == "heading" and _more_headings(rest, index))
            ):
                headline = line
            else:
                break
            taken += 1
        if taken == 0:
            break
        if taken < len(lines):
            rest[index] = Block("\n".join(lines[taken:]), block.kind)
            break
        del rest[index]
    dateline: Dateline | None = None
    lede = next((i for i, b in enumerate(rest) if b.kind == "body"), None)
    if lede is not None and lede < _TOP_BLOCKS:
        dateline = find_dateline(rest[lede].text)
        if dateline is not None:
            remaining = rest[lede].text[dateline.end :]
            if remaining.strip():
                rest[lede] = Block(remaining, rest[lede].kind)
            else:
                del rest[lede]
    reporters: str | None = None
    while len(rest) > 1 and (credit := parse_credits(normalize_block(rest[-1].text))) is not None:
        reporters = reporters or credit or None
        del rest[-1]
    return Layout(
        blocks=rest,
        headline=headline,
        byline=byline,
        reporters=reporters,
        outlet=(dateline.outlet if dateline and dateline.outlet else None) or outlet,
        date=when,
        dateline=dateline,
    )


def parse_credits(line: str) -> str | None:
    """Return the reporters named by a wire story's closing credits, "" when it names none,
    or None when ``line`` is no credit line.

    Understood: "(Reporting by A and B in Paris; Editing by C)", "Reporting by A; Writing by
    B", "Our Standards: …", "© 2026 Reuters", "Copyright 2026 The Associated Press …".
    """
    if len(line) > _CREDITS_MAX_CHARS:
        return None
    if _END_NOTE.match(line) is not None:
        return ""
    inner = line.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    parts = [p.strip() for p in re.split(r"[;,]\s*(?=[A-Z][\w ]{0,30}\bby\b)", inner) if p.strip()]
    credits: list[tuple[str, str]] = []
    for part in parts:
        match = _CREDIT.fullmatch(part)
        if match is None:
            return None
        names = _IN_PLACE_ANYWHERE.sub("", match.group("names")).strip().rstrip(".")
        if not all(_NAME.fullmatch(n) for n in _NAME_JOIN.split(names) if n):
            return None
        credits.append((match.group("role").lower(), names))
    if not credits:
        return None
    return next((n for role, n in credits if role.endswith("reporting")), "")


def is_headline(line: str) -> bool:
    """Return whether ``line`` reads as a headline: short, no final full stop, capitalised."""
    words = line.split()
    if not 2 <= len(words) <= _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_CHARS:
        return False
    first = line.lstrip("\"'“‘«([")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    end = line.rstrip(_CLOSERS)[-1:]
    if not end or end in _NOT_HEADLINE_END:
        return False
    if find_dateline(line + " x") is not None or parse_byline(line) is not None:
        return False
    return parse_date_line(line) is None


def _headline_context(kind: str, after: str | None, more_blocks: bool) -> bool:
    """Return whether what follows a headline-like line makes it a headline.

    A line alone in its block needs body text after it; a line with more lines under it in
    the same block (no blank line between) only when the next line is a byline, a date line
    or starts with a dateline, so that a hard-wrapped paragraph is never cut.
    """
    if after is None:
        return more_blocks
    if kind == "heading":
        return True
    nxt = normalize_block(after)
    return (
        parse_byline(nxt) is not None
        or parse_date_line(nxt) is not None
        or find_dateline(nxt) is not None
    )


def _more_headings(blocks: list[Block], index: int) -> bool:
    """Return whether a heading follows ``blocks[index]``: then it opens a section, it is no
    headline."""
    return any(b.kind == "heading" for b in blocks[index + 1 :])


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """Return (names, outlet) of a byline such as ``By Jane Doe and John Roe, Reuters``.

    Either part may be None (``By Reuters Staff`` names no person); None when ``line`` is
    not a byline.
    """
    if len(line) > _BYLINE_MAX_CHARS:
        return None
    match = _BYLINE.fullmatch(line.strip())
    if match is None:
        return None
    rest = _IN_PLACE.sub("", match.group("rest").strip().rstrip("."))
    outlet: str | None = None
    pieces = _OUTLET_SPLIT.split(rest, maxsplit=1)
    if len(pieces) == 2:
        rest, outlet = pieces[0], pieces[1]
    parts = [p for p in re.split(r"\s*,\s*", rest) if p]
    if outlet is None and len(parts) >= 2 and " and " not in parts[-1]:
        last = parts.pop()
        if _STAFF_ROLES.search(last) is None:
            outlet = last
    names = ", ".join(parts)
    for person in _NAME_JOIN.split(names):
        if not person or _NAME.fullmatch(person) is None:
            return None
        if re.fullmatch(rf"{_MONTH_NAMES}|{_WEEKDAY_NAMES}", person.split()[0]):
            return None
    if outlet is not None and _NAME.fullmatch(outlet) is None:
        return None
    if _is_outlet_only(names):
        return None, names.removesuffix(" Staff")
    return (normal_case(names) if names.isupper() else names) or None, outlet


def _is_outlet_only(names: str) -> bool:
    """Return whether a byline names a newsroom, not people (``By Reuters Staff``, ``By AFP``)."""
    return (
        " " not in names
        or names.endswith((" Staff", " News", " Press", " Agency", " Service"))
        or names.startswith("The ")
    )


def parse_date_line(line: str) -> date | None:
    """Return the date of a line holding only a date (``Published 1 December 2026 10:02 GMT``)."""
    label = _DATE_LINE_LABEL.match(line)
    start = label.end() if label else 0
    found = parse_date_prefix(line[start:])
    if found is None:
        return None
    when, length = found
    tail = line[start + length :]
    if _TIME_TAIL.fullmatch(tail) is None:
        return None
    return when


def find_dateline(text: str) -> Dateline | None:
    """Return the dateline ``text`` opens with (``PARIS, Dec. 1, 2026 (Reuters) -``), or None."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    match = (
        _DATELINE.match(stripped)
        or _MIXED_DATELINE.match(stripped)
        or _PLACELESS_DATELINE.match(stripped)
    )
    if match is None:
        return None
    place = match.group("place")
    if not place:
        agency = match.group("agency")
        follow = stripped[match.end() : match.end() + 1]
        # "(ii) - the second" is a list item, not an agency.
        if not agency[0].isupper() or not (follow.isupper() or follow in "\"“'‘"):
            return None
        day = dateline_day(match)
        return Dateline(
            text=stripped[: match.end()].strip(),
            place=None,
            outlet=match.group("agency").strip(),
            date=day.date if day else None,
            end=offset + match.end(),
            day=day,
        )
    words = re.split(r"[\s/]+", place)
    if any(w.strip(".") in _KICKERS for w in words):
        return None
    caps = place.isupper()
    agency = match.group("agency")
    has_date = match.group("date") is not None
    if caps and not (agency or has_date or match.group("region")):
        # A bare "WASHINGTON —" needs a real word before the dash and a sentence after it.
        letters = re.sub(r"[^A-ZÀ-Þ]", "", place)
        follow = stripped[match.end() : match.end() + 1]
        if len(letters) < 3 or not (follow.isupper() or follow.isdigit() or follow in "\"“'‘"):
            return None
    region = match.group("region")
    name = "/".join(normal_case(p.strip()) for p in place.split("/"))
    if region:
        name += ", " + region.lstrip(", ").strip()
    day = dateline_day(match)
    return Dateline(
        text=stripped[: match.end()].strip(),
        place=name,
        outlet=agency.strip() if agency else None,
        date=day.date if day else None,
        end=offset + match.end(),
        day=day,
    )


def _same(first: str, second: str) -> bool:
    """Return whether two lines are the same text but for case and spacing."""
    return (
        bool(second) and " ".join(first.split()).casefold() == " ".join(second.split()).casefold()
    )
