"""What the store imports only when it writes or reads a project.

Listing the autosaves a crashed session left runs at the window's start; the project format
(and the sentence splitter it needs) loads on first use. See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    # The names below, for mypy and for the import contracts (the same imports, not run).
    from briefwright.store.atomic import atomic_write_bytes as atomic_write_bytes
    from briefwright.store.project import briefing_to_dict as briefing_to_dict
    from briefwright.store.project import loads as loads

__getattr__ = loader(
    __name__,
    {
        "atomic_write_bytes": "briefwright.store.atomic",
        "briefing_to_dict": "briefwright.store.project",
        "loads": "briefwright.store.project",
    },
)
