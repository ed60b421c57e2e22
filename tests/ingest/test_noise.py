"""Bytes a codec accepts but that are not text are refused; real text in any script is read."""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.ingest.textcheck import is_noise
from briefwright.model.errors import IngestError

SEEDS = range(5)
SIZE = 20_000


def _uniform(rng: random.Random) -> bytes:
    return rng.randbytes(SIZE)


def _printable_high(rng: random.Random) -> bytes:
    # Every byte Windows-1252 defines: that decoder accepts the whole file.
    pool = [b for b in range(0x20, 0x100) if b not in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    return bytes(rng.choice(pool) for _ in range(SIZE))


def _letters(rng: random.Random) -> bytes:
    return bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                 for _ in range(SIZE))


def _ascii_utf16(rng: random.Random) -> bytes:
    # NULs in every other byte: read as UTF-16 without a BOM.
    return "".join(chr(rng.randrange(0x20, 0x7F)) for _ in range(SIZE // 2)).encode("utf-16-le")


def _han_utf8(rng: random.Random) -> bytes:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(SIZE // 3)).encode()


def _han_gb18030(rng: random.Random) -> bytes:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(SIZE // 2)).encode("gb18030")


def _cyrillic_words_koi8(rng: random.Random) -> bytes:
    # Cyrillic letters at random, without spaces.
    return "".join(chr(rng.randrange(0x430, 0x450)) for _ in range(SIZE)).encode("koi8-r")


NOISE: dict[str, Callable[[random.Random], bytes]] = {
    "uniform": _uniform,
    "printable-high": _printable_high,
    "letters": _letters,
    "ascii-utf16": _ascii_utf16,
    "han-utf8": _han_utf8,
    "han-gb18030": _han_gb18030,
    "cyrillic-koi8": _cyrillic_words_koi8,
}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", sorted(NOISE))
def test_noise_is_not_a_text_file(tmp_path: Path, kind: str, seed: int) -> None:
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(NOISE[kind](random.Random(seed)))
    with pytest.raises(IngestError, match=rf"^{kind}\.txt: not a text file"):
        read_article(path)


ENGLISH = (
    "The council met on Tuesday to discuss the budget for the coming year. Members agreed "
    "on most points after a long debate about schools, roads and the harbour.\n\n"
)
GREEK = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία και τις μεταφορές στην Αθήνα.\n\n"
CYRILLIC = "Правительство объявило новые меры по поддержке экономики и транспорта в Москве.\n\n"
ARABIC = "أعلنت الحكومة عن إجراءات جديدة لدعم الاقتصاد والنقل في القاهرة يوم الثلاثاء.\n\n"
CHINESE = (
    "政府周二宣布了支持经济和交通的新措施。官员表示，这些措施将在下个月开始实施，"
    "并将重点放在港口、道路和学校上。议会在长时间辩论后同意了大部分内容。\n\n"
)
JAPANESE = (
    "政府は火曜日、経済と交通を支援する新たな措置を発表した。当局者によると、"
    "これらの措置は来月から実施され、港や道路、学校に重点が置かれるという。\n\n"
)

REAL: dict[str, bytes] = {
    "latin1": ("Ça coûte 5 £ à Zürich, naïve façade. " * 40).encode("latin-1"),
    "cp1252": ("He said “no” to the €5 fee – twice. " * 40).encode("cp1252"),
    "utf16-bom": codecs.BOM_UTF16_LE + (ENGLISH * 20).encode("utf-16-le"),
    "utf16-no-bom": (ENGLISH * 20).encode("utf-16-le"),
    "greek": (GREEK * 20).encode("utf-8"),
    "greek-iso8859-7": b'<?xml version="1.0" encoding="iso-8859-7"?><html><body><p>'
    + (GREEK * 20).encode("iso-8859-7") + b"</p></body></html>",
    "cyrillic": (CYRILLIC * 20).encode("utf-8"),
    "arabic": (ARABIC * 20).encode("utf-8"),
    "chinese": (CHINESE * 30).encode("utf-8"),
    "chinese-gb18030": (CHINESE * 30).encode("gb18030"),
    "japanese-shift-jis": (JAPANESE * 30).encode("shift_jis"),
    "one-long-word": ("abcdefghij" * 10_000).encode(),
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_text_in_any_script_is_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / (f"{name}.html" if name.endswith("8859-7") else f"{name}.txt")
    path.write_bytes(REAL[name])
    assert read_article(path).paragraphs


@pytest.mark.parametrize(
    ("text", "noise"),
    [("A short note.", False), ("\x01\x02" * 40, True), ("!?*#" * 40, True), ("", False)],
)
def test_is_noise_on_short_and_symbol_texts(text: str, noise: bool) -> None:
    assert is_noise(text) is noise
