"""Where typing in a text field starts a new undo step: at the end of each word."""

from __future__ import annotations


def starts_new_step(before: str, after: str) -> bool:
    """Return whether changing ``before`` into ``after`` types a space or punctuation mark
    straight after a word, which ends that word's undo step.

    ``"Hello"`` → ``"Hello "`` and ``"Hello"`` → ``"Hello,"`` start a new step;
    ``"Hello, "`` → ``"Hello, w"`` and ``"Hell"`` → ``"Hello"`` do not. Typing " two words"
    is therefore two steps, " two" and " words", and an undo takes back the last word with
    the space before it. Deleting never starts a step.
    """
    if len(after) <= len(before):
        return False
    start = 0
    while start < len(before) and before[start] == after[start]:
        start += 1
    typed = after[start]
    return start > 0 and not typed.isalnum() and after[start - 1].isalnum()
