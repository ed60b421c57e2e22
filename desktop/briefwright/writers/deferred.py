"""What the writers import only when a text needs it: right-to-left shaping and ordering.

See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    pass

__getattr__ = loader(__name__, {"reshape": "arabic_reshaper", "get_display": "bidi"})
