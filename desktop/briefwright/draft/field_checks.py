"""Checks of what a user types into the date-time group and the validity: "" when it may stay."""

from __future__ import annotations

import re
from datetime import date

from briefwright.model.dtg import parse_dtg

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def dtg_problem(text: str) -> str:
    """Return why ``text`` cannot be the date-time group, or ``""`` when it can (blank too)."""
    if not text.strip() or parse_dtg(text) is not None:
        return ""
    return (
        f"‘{text.strip()}’ is not a date-time group: write it as 121430Z NOV 23 or "
        "2023-11-12 14:30, or leave it blank."
    )


def iso_day(text: str) -> date | None:
    """Return the day ``text`` names as YYYY-MM-DD, or None when it names none."""
    text = text.strip()
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def validity_problem(valid_from: str, valid_to: str, article_date: date | None) -> str:
    """Return why an alert cannot be valid from ``valid_from`` until ``valid_to``, or ``""``.

    Each is a day written YYYY-MM-DD or blank. A blank start is the article's date
    (``article_date``); an end needs a start, and may not come before it.
    """
    start, end = iso_day(valid_from), iso_day(valid_to)
    for label, text, day in (("Valid from", valid_from, start), ("Valid until", valid_to, end)):
        if text.strip() and day is None:
            return f"{label}: ‘{text.strip()}’ is not a day; write it as YYYY-MM-DD."
    if end is None:
        return ""
    begins = start or article_date
    if begins is None:
        return "Valid until needs a Valid from: the article has no date to start from."
    if end < begins:
        which = "Valid from" if start is not None else "the article's date"
        return f"Valid until ({end.isoformat()}) is before {which} ({begins.isoformat()})."
    return ""
