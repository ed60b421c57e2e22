"""How the title block's fields share rows: short ones two to a row, a long one alone."""

from __future__ import annotations

from collections.abc import Sequence

# A value longer than this (in characters) would wrap in a half-width column.
LONG_FIELD = 40

Field = tuple[str, str]


def field_rows(fields: Sequence[Field]) -> list[list[Field]]:
    """Return the fields grouped into rows: pairs of short fields, long ones on their own row.

    A short field waits for the next short one to share its row (so a long field met in
    between comes first); one left without a partner ends on a row of its own.
    """
    rows: list[list[Field]] = []
    pending: list[Field] = []
    for field in fields:
        if len(field[1]) > LONG_FIELD:
            rows.append([field])
        elif pending:
            rows.append([*pending, field])
            pending = []
        else:
            pending = [field]
    if pending:
        rows.append(pending)
    return rows


def spans_width(row: Sequence[Field]) -> bool:
    """Return True when ``row`` holds one long field that takes the whole width."""
    return len(row) == 1 and len(row[0][1]) > LONG_FIELD
