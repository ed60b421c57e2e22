"""Spelling of what the analyst writes: unknown words, suggestions, and words the user adds.

The dictionary is pyspellchecker's English word list (MIT licence, shipped in the package,
offline). British spellings of words it holds in American form count as known, and so does
every word of the open article. Inside a sentence a capitalised word is a name and never
flagged (nor is an acronym anywhere); the first word of a sentence is capitalised whatever it
is, so it is judged as the word it is ("Teh junta" is flagged, "Tchiani" is not when the
article names him).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word: letters, with inner apostrophes (``don't``, ``analyst’s``)."""

# What may stand between a sentence's end (or a line's start, or a colon before a quotation)
# and its first word: spaces, closing quotes and brackets of the sentence before, opening ones
# of this one, list marks.
_OPENING_QUOTES = "\"“‘'"
_BEFORE_FIRST_WORD = re.compile(
    rf"(?:^|[.!?…]|:\s*[{_OPENING_QUOTES}])"  # a sentence's end, or a colon and a quotation
    r"[\s\"'”’“‘()\[\]*•\-–—]*"  # spaces, quotes, brackets, list marks
    r"(?:\d+[.)]\s+)?$"  # a number of a numbered list
)
# A short capitalised word before a full stop is a title or an initialism ("Gen.", "U.S.").
_ABBREVIATION = re.compile(r"(?:^|[\s.(])[A-Z][A-Za-z]{0,2}$")

# British endings and their American forms: colour/color, organise/organize,
# analyse/analyze, centre/center, travelled/traveled, catalogue/catalog, defence/defense,
# programme/program.
_BRITISH: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"our(?=s?$|ed$|ing$|ful|ite|able|less)"), "or"),
    (re.compile(r"is(?=e$|es$|ed$|ing$|ation|ations|er$|ers$)"), "iz"),
    (re.compile(r"ys(?=e$|es$|ed$|ing$)"), "yz"),
    (re.compile(r"tre(?=s?$)"), "ter"),
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),
    (re.compile(r"ogue(?=s?$)"), "og"),
    (re.compile(r"ence(?=s?$)"), "ense"),
    (re.compile(r"mme(?=s?$)"), "m"),
)


class WordList(Protocol):
    """What the speller needs of a dictionary (pyspellchecker's SpellChecker has it)."""

    def __contains__(self, word: str) -> bool: ...
    def candidates(self, word: str) -> set[str] | None: ...
    def word_usage_frequency(self, word: str) -> float: ...


def load_english() -> WordList:
    """Return the English dictionary (about half a second: call it off the UI thread)."""
    # Loaded here, on first use: its word list is read after the window's first preview.
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


def american_forms(word: str) -> list[str]:
    """Return the American spellings a British ``word`` may stand for (none for most words)."""
    forms = []
    for pattern, replacement in _BRITISH:
        changed = pattern.sub(replacement, word, count=1)
        if changed != word:
            forms.append(changed)
    return forms


class Speller:
    """Tells known from unknown words and suggests others; remembers the user's own words.

    ``user_words`` is the file the user's added words are kept in, one per line.
    """

    def __init__(self, words: WordList, user_words: Path | None = None) -> None:
        self._words = words
        self._user_path = user_words
        self._user: set[str] = set()
        self._article: set[str] = set()
        if user_words is not None and user_words.is_file():
            text = user_words.read_text(encoding="utf-8", errors="replace")
            self._user = {w.strip().casefold() for w in text.splitlines() if w.strip()}

    def known(self, word: str) -> bool:
        """Return whether ``word`` is spelt right (or is a name, or is the user's or article's)."""
        if not word[:1].islower():
            return True  # a name, a sentence's first word, an acronym: not judged
        folded = word.casefold().replace("’", "'")
        if folded in self._user or folded in self._article or folded in self._words:
            return True
        if folded.endswith("'s") and folded[:-2] in self._words:
            return True
        return any(form in self._words for form in american_forms(folded))

    def known_in(self, text: str, start: int, word: str) -> bool:
        """Return whether ``word``, found at ``start`` of ``text``, is spelt right: as
        :meth:`known`, but a sentence's capitalised first word is judged as the word it is."""
        if first_word(text, start) and _capitalised(word):
            return self.known(word[0].lower() + word[1:])
        return self.known(word)

    def unknown_spans(self, text: str) -> list[tuple[int, int]]:
        """Return ``(start, end)`` of every word of ``text`` that is not known, in order."""
        return [
            (m.start(), m.end())
            for m in WORD.finditer(text)
            if not self.known_in(text, m.start(), m.group())
        ]

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Return up to ``limit`` likely meant words, the most common first (capitalised
        when ``word`` is)."""
        found = self._words.candidates(word.casefold()) or set()
        found.discard(word.casefold())
        ranked = sorted(found, key=lambda w: (-self._words.word_usage_frequency(w), w))
        if _capitalised(word):
            ranked = [w[0].upper() + w[1:] for w in ranked]
        return ranked[:limit]

    def learn_article(self, texts: Iterable[str]) -> None:
        """Count every word of the open article's ``texts`` as known (its names, its terms)."""
        self._article = {m.group().casefold() for t in texts for m in WORD.finditer(t)}

    def add(self, word: str) -> None:
        """Add ``word`` to the user's words and write them to the user's file.

        Raise OSError when the file cannot be written.
        """
        self._user.add(word.casefold())
        if self._user_path is not None:
            self._user_path.parent.mkdir(parents=True, exist_ok=True)
            self._user_path.write_text(
                "".join(f"{w}\n" for w in sorted(self._user)), encoding="utf-8"
            )


def first_word(text: str, start: int) -> bool:
    """Return whether the word at ``start`` of ``text`` opens a sentence (or the text, a
    line, a quotation or a list item)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    found = _BEFORE_FIRST_WORD.search(before)
    if found is None:
        return False
    # "Mr. Bazoum", "Gen. Tchiani", "U.S. Embassy": a short capitalised word's full stop
    # ends no sentence.
    return not (before[found.start() : found.start() + 1] == "." and _ABBREVIATION.search(
        before[: found.start()]
    ))


def _capitalised(word: str) -> bool:
    """Return whether ``word`` is written with a capital and then small letters only."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].replace("’", "'").islower())
