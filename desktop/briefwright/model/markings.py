"""Handling markings: how a marking is written and the colours it is printed in."""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]

BLACK: RGB = (0, 0, 0)
STANDARD_MARKINGS: tuple[str, ...] = (
    "UNCLASSIFIED",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
)
"""The markings the window offers (UK and US practice, and FIRST TLP 2.0)."""

# The marking a new briefing carries unless the user's settings name another. A template
# only suggests one: the marking is the analyst's decision, kept across templates.
DEFAULT_MARKING = "UNCLASSIFIED"

# FIRST Traffic Light Protocol 2.0: coloured label text on a black background.
_TLP_COLOURS: dict[str, RGB] = {
    "TLP:RED": (255, 43, 43),
    "TLP:AMBER": (255, 192, 0),
    "TLP:AMBER+STRICT": (255, 192, 0),
    "TLP:GREEN": (51, 255, 0),
    "TLP:CLEAR": (255, 255, 255),
}


@dataclass(frozen=True)
class MarkingStyle:
    """A marking as printed: capitalised text, its colour and its fill (``None`` for none)."""

    text: str
    rgb: RGB
    fill: RGB | None


def normalise_marking(marking: str) -> str:
    """Return ``marking`` trimmed, with inner whitespace collapsed, in capitals.

    ``"tlp : amber"`` style spacing around the colon is closed up so it is recognised as TLP.
    """
    text = " ".join(marking.split()).upper()
    if text.startswith("TLP"):
        text = text.replace(" :", ":").replace(": ", ":").replace(" + ", "+")
    return text


def marking_style(marking: str) -> MarkingStyle:
    """Return how ``marking`` is printed: TLP labels in their colour on black, others black."""
    text = normalise_marking(marking)
    colour = _TLP_COLOURS.get(text)
    if colour is not None:
        return MarkingStyle(text, colour, BLACK)
    return MarkingStyle(text, BLACK, None)
