"""Noise of every kind the reader must refuse: random bytes as files, and random bytes read
through every decoder as text. Each maker takes a seeded ``random.Random``; the same seed
gives the same noise. Used by the noise tests and by ``bench/noise_margin.py``.
"""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable

SIZE = 20_000

Maker = Callable[[random.Random], bytes]
TextMaker = Callable[[random.Random], str]

# Every byte Windows-1252 defines above the controls: that decoder accepts the whole file.
CP1252_PRINTABLE = bytes(
    b for b in range(0x20, 0x100) if b not in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)
)
PRINTABLE_ASCII = bytes(range(0x20, 0x7F))
LOWER = string.ascii_lowercase
# Letters in about the proportions of English text, so only their order is random.
ENGLISH_LETTERS = (
    "eeeeeeeeeeeettttttttttaaaaaaaaoooooooiiiiiiinnnnnnnssssssshhhhhhrrrrrrdddd"
    "lllluuucccmmmwwffggyyppbbvkjxqz"
)
CYRILLIC = "".join(chr(c) for c in range(0x430, 0x450))
GREEK = "".join(chr(c) for c in range(0x3B1, 0x3CA))
ARABIC = "".join(chr(c) for c in range(0x621, 0x64B))


def _table(pool: bytes) -> bytes:
    """Return a translation table that maps every byte onto ``pool`` (nearly evenly)."""
    return bytes(pool[i % len(pool)] for i in range(256))


def _bytes_of(pool: bytes) -> Maker:
    """Return a maker of random bytes drawn from ``pool`` (fast: one translation)."""
    table = _table(pool)
    return lambda rng: rng.randbytes(SIZE).translate(table)


# A space for 43 of the 256 byte values (about one character in six), else a letter.
_LETTERS_AND_SPACES = bytes(
    0x20 if i < 43 else LOWER.encode()[(i - 43) % 26] for i in range(256)
)


def _spaced(rng: random.Random, letters: str, space_share: float, size: int) -> str:
    """Return ``size`` characters: a space with probability ``space_share``, else a letter."""
    weights = [(1 - space_share) / len(letters)] * len(letters) + [space_share]
    return "".join(rng.choices([*letters, " "], weights=weights, k=size))


def _words(rng: random.Random, letters: str, size: int, shortest: int, longest: int) -> str:
    """Return random 'words' of random letters, ``shortest`` to ``longest`` long, spaced."""
    out: list[str] = []
    total = 0
    while total < size:
        word = "".join(rng.choices(letters, k=rng.randint(shortest, longest)))
        out.append(word)
        total += len(word) + 1
    return " ".join(out)[:size]


def _chars(rng: random.Random, first: int, last: int, size: int) -> str:
    return "".join(chr(rng.randrange(first, last)) for _ in range(size))


# Files: bytes as they would sit on disk.
FILES: dict[str, Maker] = {
    "uniform": lambda rng: rng.randbytes(SIZE),
    "printable-high": _bytes_of(CP1252_PRINTABLE),
    "printable-ascii": _bytes_of(PRINTABLE_ASCII),
    "letters": _bytes_of(string.ascii_letters.encode()),
    "letters-and-spaces": lambda rng: rng.randbytes(SIZE).translate(_LETTERS_AND_SPACES),
    "ascii-utf16": lambda rng: _bytes_of(PRINTABLE_ASCII)(rng)[: SIZE // 2]
    .decode("ascii")
    .encode("utf-16-le"),
    "utf16-bom-random": lambda rng: b"\xff\xfe" + rng.randbytes(SIZE),
    "han-utf8": lambda rng: _chars(rng, 0x4E00, 0x9FA6, SIZE // 3).encode(),
    "han-gb18030": lambda rng: _chars(rng, 0x4E00, 0x9FA6, SIZE // 2).encode("gb18030"),
    "cyrillic-koi8": lambda rng: "".join(rng.choices(CYRILLIC, k=SIZE)).encode("koi8-r"),
    "one-byte": lambda rng: bytes([rng.randrange(0x21, 0x7F)]) * SIZE,
}

# Decoders that accept random bytes, with replacement characters where they must.
DECODERS: dict[str, tuple[str, str]] = {
    "latin-1": ("latin-1", "strict"),
    "cp1252": ("cp1252", "replace"),
    "mac-roman": ("mac_roman", "strict"),
    "koi8-r": ("koi8_r", "strict"),
    "cp437": ("cp437", "strict"),
    "utf-8": ("utf-8", "replace"),
    "utf-16-le": ("utf-16-le", "replace"),
    "utf-16-be": ("utf-16-be", "replace"),
    "gb18030": ("gb18030", "replace"),
    "shift-jis": ("shift_jis", "replace"),
    "big5": ("big5", "replace"),
    "euc-kr": ("euc_kr", "replace"),
}


def decoded(encoding: str, errors: str) -> TextMaker:
    """Return a maker of 20,000 random bytes read as ``encoding``."""
    return lambda rng: rng.randbytes(SIZE).decode(encoding, errors)


# Texts: what a decoder (or a paste) could hand over.
TEXTS: dict[str, TextMaker] = {
    **{f"bytes-as-{name}": decoded(*codec) for name, codec in DECODERS.items()},
    "printable-ascii": lambda rng: FILES["printable-ascii"](rng).decode("ascii"),
    "printable-high": lambda rng: FILES["printable-high"](rng).decode("cp1252"),
    "letters-space-1/27": lambda rng: _spaced(rng, LOWER, 1 / 27, SIZE),
    "letters-space-1/6": lambda rng: _spaced(rng, LOWER, 1 / 6, SIZE),
    "letters-space-1/3": lambda rng: _spaced(rng, LOWER, 1 / 3, SIZE),
    "english-letters-space-1/6": lambda rng: _spaced(rng, ENGLISH_LETTERS, 1 / 6, SIZE),
    "words-1-to-9": lambda rng: _words(rng, LOWER, SIZE, 1, 9),
    "english-letters-words-2-to-8": lambda rng: _words(rng, ENGLISH_LETTERS, SIZE, 2, 8),
    "cyrillic-space-1/7": lambda rng: _spaced(rng, CYRILLIC, 1 / 7, SIZE),
    "greek-space-1/7": lambda rng: _spaced(rng, GREEK, 1 / 7, SIZE),
    "arabic-space-1/5": lambda rng: _spaced(rng, ARABIC, 1 / 5, SIZE),
    "digits-space-1/5": lambda rng: _spaced(rng, string.digits, 1 / 5, SIZE),
    "han": lambda rng: _chars(rng, 0x4E00, 0x9FA6, SIZE // 3),
    "han-common": lambda rng: _chars(rng, 0x4E00, 0x4E00 + 3500, SIZE // 3),
    "hiragana": lambda rng: _chars(rng, 0x3041, 0x3097, SIZE // 3),
    "hangul": lambda rng: _chars(rng, 0xAC00, 0xD7A4, SIZE // 3),
    "thai": lambda rng: _chars(rng, 0x0E01, 0x0E3B, SIZE // 3),
    "base64": lambda rng: base64.b64encode(rng.randbytes(SIZE * 3 // 4)).decode("ascii"),
    "hex": lambda rng: rng.randbytes(SIZE // 2).hex(),
    "one-letter": lambda rng: rng.choice(LOWER) * SIZE,
    "one-letter-spaced": lambda rng: (rng.choice(LOWER) + " ") * (SIZE // 2),
}
