"""What the drafting layer imports only when it first needs it: the spelling dictionary.

pyspellchecker reads its English word list on first use, after the window's first preview.
See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    # The names below, for mypy and for the import contracts (the same imports, not run).
    from spellchecker import SpellChecker as SpellChecker

__getattr__ = loader(__name__, {"SpellChecker": "spellchecker"})
