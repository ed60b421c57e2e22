"""Bytes a codec accepts but that are not text are refused; real text in any script is read.

The noise comes from tests/ingest/noisemakers.py; the thresholds and the measurements behind
them are in briefwright/ingest/textcheck.py and bench/README.md ("Noise").
"""

from __future__ import annotations

import base64
import random
import re
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.ingest.decode import decode_bytes
from briefwright.ingest.textcheck import adjacency_gain, judged_words, measure, noise_reason
from briefwright.model.errors import IngestError
from tests.ingest.noisemakers import DECODERS, FILES, TEXTS, decoded
from tests.ingest.world_texts import WIRE_BRIEF, WORLD_FILES

ROOT = Path(__file__).resolve().parents[2]
NOT_TEXT = r"^noise\.txt: does not look like text: "
FAST_SEEDS = range(50)
SLOW_SEEDS = range(1000)


def _assert_refused(data: bytes) -> None:
    with pytest.raises(IngestError, match=NOT_TEXT) as info:
        decode_bytes(data, "noise.txt")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("seed", FAST_SEEDS)
def test_random_bytes_are_refused(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(seed).randbytes(20_000))
    with pytest.raises(IngestError, match=NOT_TEXT + r"[\d.]+ % of its bytes are control codes"):
        read_article(path)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("kind", sorted(FILES))
def test_noise_files_of_every_kind_are_refused(tmp_path: Path, kind: str, seed: int) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(FILES[kind](random.Random(seed)))
    with pytest.raises(IngestError, match=NOT_TEXT):
        read_article(path)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_noise_is_refused_whichever_decoder_made_it(kind: str, seed: int) -> None:
    assert noise_reason(TEXTS[kind](random.Random(seed))) is not None


@pytest.mark.slow
def test_a_thousand_seeds_of_noise_are_refused() -> None:
    # Decoding and the check only, no export: random bytes as a file, read as Windows-1252
    # and as Latin-1, random printable ASCII, random letters and spaces.
    as_western = [decoded(*DECODERS["cp1252"]), decoded(*DECODERS["latin-1"])]
    for seed in SLOW_SEEDS:
        _assert_refused(FILES["uniform"](random.Random(seed)))
        _assert_refused(FILES["printable-ascii"](random.Random(seed)))
        _assert_refused(FILES["letters-and-spaces"](random.Random(seed)))
        for make in as_western:
            assert noise_reason(make(random.Random(seed))) is not None, seed


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("A short note.", None),
        ("", None),
        ("\x01\x02" * 40, r"^100 % of its characters are control codes or undefined"),
        ("!?*#" * 40, r"^only 0 % of its characters are letters or digits"),
        ("a" * 1000, r"^100 % of its letters and digits are one character \('a'\)"),
        ("a " * 1000, r"^100 % of its letters and digits are one character \('a'\)"),
        # Noise that starts like markup is judged as any other text.
        ("<" + "".join(map(chr, random.Random(1).choices(range(32, 127), k=3000))), "at random"),
        # A long token that repeats itself is not noise (the hostile corpus exports one).
        ("abcdefghij" * 1000, None),
    ],
)
def test_noise_reason_on_made_up_texts(text: str, reason: str | None) -> None:
    found = noise_reason(text)
    if reason is None:
        assert found is None
    else:
        assert found is not None
        assert re.search(reason, found)


def test_the_word_test_starts_at_500_characters_of_words() -> None:
    # Below 500 characters random letters and real text overlap (bench/README.md, "Noise"):
    # short random words are let through, longer ones refused.
    words = " ".join(
        "".join(random.Random(n).choices("abcdefghijklmnopqrstuvwxyz", k=5)) for n in range(200)
    )
    short, long = words[:480], words[:720]
    assert measure(short).gain is None and noise_reason(short) is None
    assert measure(long).gain is not None and noise_reason(long) is not None


def test_the_word_measure_is_deterministic() -> None:
    words = judged_words(WIRE_BRIEF * 3)
    assert adjacency_gain(words) == adjacency_gain(list(words))
    assert adjacency_gain([]) == 0.0
    assert adjacency_gain(["a", "b", "c"]) == 0.0


@pytest.mark.parametrize("name", sorted(WORLD_FILES))
def test_real_articles_in_any_script_are_read(tmp_path: Path, name: str) -> None:
    data, first = WORLD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    article = read_article(path)
    assert article.paragraphs
    if first is not None:
        assert article.paragraphs[0].text.startswith(first)


def _shipped_files() -> list[Path]:
    return sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.is_file()) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )


@pytest.mark.parametrize("path", _shipped_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_file_reads_as_text(path: Path) -> None:
    assert decode_bytes(path.read_bytes(), path.name)


def test_japanese_that_windows_1252_reads_as_symbols_is_read_in_its_encoding(
    tmp_path: Path,
) -> None:
    text = (
        "このてびきは、あなたがこのエディタをつかいこなせるようになるために、ひとつひとつの"
        "コマンドをじっさいにためしながらおぼえていくことができるようにつくられています。"
        "さいしょはむずかしくかんじるかもしれませんが、あわてずにすこしずつすすめていけば、"
        "かならずできるようになります。\n\n"
        "わからないところがあったら、もういちどはじめからよみなおしてみてください。"
        "それでもわからないときは、まわりのひとにきいてみるのもよいでしょう。"
        "たいせつなのは、じぶんのてでなんどもためしてみることです。\n"
    )
    path = tmp_path / "tebiki.txt"
    path.write_bytes(text.encode("euc_jp"))
    assert read_article(path).paragraphs[0].text.startswith("このてびきは")


def test_a_page_that_starts_with_an_inline_font_is_judged_on_its_words() -> None:
    font = base64.b64encode(random.Random(2).randbytes(30_000)).decode("ascii")
    page = (
        "<html><head><style>@font-face{font-family:x;src:url(data:font/woff2;base64,"
        f"{font})}}</style></head><body><p>{WIRE_BRIEF * 3}</p></body></html>"
    )
    assert noise_reason(page) is None
    assert noise_reason(page.replace(WIRE_BRIEF * 3, "")) is not None
