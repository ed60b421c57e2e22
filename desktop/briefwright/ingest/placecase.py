"""Place names written in capitals (``PORT-AU-PRINCE``) put back in normal case."""

from __future__ import annotations

import re

# Particles that stay in lower case inside a place name ("Rio de Janeiro", "Port-au-Prince").
_PARTICLES = frozenset(
    {
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les",
        "au", "aux", "of", "the", "on", "es", "en", "sur", "am", "an", "im", "al", "el", "y",
    }
)  # fmt: skip
_PIECES = re.compile(r"([-’'])")


def normal_case(name: str) -> str:
    """Return ``name`` in normal case when it is written in capitals, else unchanged.

    Words are capitalised, particles after the first word are lower case, and the parts of
    hyphenated and apostrophe names are handled one by one (``N'Djamena``).
    """
    if not name.isupper():
        return name
    out: list[str] = []
    for position, word in enumerate(name.split()):
        pieces = _PIECES.split(word.lower())
        fixed: list[str] = []
        for index, piece in enumerate(pieces):
            if piece in ("-", "'", "’") or not piece:
                fixed.append(piece)
                continue
            first = position == 0 and index == 0
            if not first and piece in _PARTICLES:
                fixed.append(piece)
            else:
                fixed.append(piece[:1].upper() + piece[1:])
        out.append("".join(fixed))
    return " ".join(out)
