"""What the store imports only when it writes or reads a project.

Listing the autosaves a crashed session left runs at the window's start; the project format
(and the sentence splitter it needs) loads on first use. See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    pass

__getattr__ = loader(
    __name__,
    {
        "atomic_write_bytes": "briefwright.store.atomic",
        "briefing_to_dict": "briefwright.store.project",
        "loads": "briefwright.store.project",
    },
)
