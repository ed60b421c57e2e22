"""Names a module loads on first use: how each layer lists its start-up-sensitive imports.

A layer's ``deferred`` module imports its slow or rarely needed names under
``TYPE_CHECKING`` (for mypy and for the import contracts, which see those imports) and sets
``__getattr__ = loader(...)`` with where each name lives; ``deferred.name`` then imports it the
first time it is used (PEP 562) and keeps it. Python's import lock makes this safe from
several threads.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def loader(
    module: str,
    names: Mapping[str, str],
    modules: Mapping[str, str] | None = None,
) -> Callable[[str], Any]:
    """Return a module ``__getattr__`` for ``module`` (its ``__name__``).

    ``names`` maps an attribute to the module that defines it (``"compose":
    "briefwright.layout.compose"``); ``modules`` maps an attribute to a module loaded whole
    (``"autosave": "briefwright.store.autosave"``). Raises AttributeError for other names.
    """
    wholes = dict(modules or {})

    def __getattr__(name: str) -> Any:
        if name in wholes:
            value = importlib.import_module(wholes[name])
        elif name in names:
            value = getattr(importlib.import_module(names[name]), name)
        else:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        setattr(sys.modules[module], name, value)
        return value

    return __getattr__
