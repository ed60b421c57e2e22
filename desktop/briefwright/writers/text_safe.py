"""Making article text safe for XML-based formats: invalid characters become U+FFFD."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """Return ``text`` with each character XML 1.0 forbids (NUL, ESC, lone surrogates) replaced."""
    return _INVALID.sub(REPLACEMENT, text)
