"""Where typing in a text field starts a new undo step: at the start of each new word."""

from __future__ import annotations


def starts_new_word(before: str, after: str) -> bool:
    """Return whether changing ``before`` into ``after`` types the first letter of a word that
    follows a finished one.

    A word is finished by the space or punctuation typed after it: ``"Hello "`` → ``"Hello w"``
    and ``"Hello, "`` → ``"Hello, w"`` start a new word; ``"Hello"`` → ``"Hello,"`` does not.
    Deleting, and typing the space or punctuation itself, never starts one, so an undo step
    is a word with the spaces and punctuation typed after it.
    """
    if len(after) <= len(before):
        return False
    start = 0
    limit = len(before)
    while start < limit and before[start] == after[start]:
        start += 1
    typed = after[start]
    if not typed.isalnum() or start == 0:
        return False
    if after[start - 1].isalnum():
        return False
    return any(c.isalnum() for c in after[:start])
