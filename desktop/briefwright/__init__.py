"""Briefwright: turn a news article into a professional briefing, offline."""

from __future__ import annotations

import functools
import os
from typing import Any

# The language model multiplies small matrices; OpenBLAS spreading each over several threads
# made the sample's analysis slower and erratic (median 114 ms against 74 ms on one thread,
# two cores). Set before numpy loads; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@functools.cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefwright")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> Any:
    # Reading the installed metadata costs ~50 ms; the window's start-up does not need it.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'briefwright' has no attribute {name!r}")
