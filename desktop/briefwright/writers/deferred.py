"""What the writers import only when a text needs it: right-to-left shaping and ordering.

See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    # The names below, for mypy and for the import contracts (the same imports, not run).
    from arabic_reshaper import reshape as reshape
    from bidi import get_display as get_display

__getattr__ = loader(__name__, {"reshape": "arabic_reshaper", "get_display": "bidi"})
