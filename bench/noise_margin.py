"""Print how far the reader's text check keeps noise from real text, measure by measure.

Run: .venv/bin/python bench/noise_margin.py [--seeds N] [--length-seeds N]
Real text: the sample article, every file under tests/data, the articles written for the
noise tests (tests/ingest/world_texts.py, several scripts and encodings), the hostile cases
that must read; and where present on this machine: the public news of
``$BRIEFWRIGHT_DEVDATA`` (CNN/DailyMail, the sources of WikinewsSum in seven languages,
TimeBank and AQUAINT in their TimeML markup; bench/data/SOURCES.md), Vim's tutorial in 35
languages and 14 encodings (``/usr/share/vim/vim*/tutor``), Qt's interface strings in 33
languages (PySide6's ``translations/*.qm``) and spaCy's example sentences in 68 languages.
Files go through ``decode_bytes`` as the reader reads them; texts through ``noise_reason``.
Noise: every maker of tests/ingest/noisemakers.py over seeds 0..N-1 (files through
``decode_bytes``, texts through ``noise_reason``). Then the word measure by length: the
least structured window of real text against the most structured noise, 500 characters of
words being where the test starts (bench/README.md, "Noise").
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import glob
import importlib
import json
import os
import random
import statistics
import struct
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from tests.ingest import noisemakers  # noqa: E402
from tests.ingest.world_texts import WORLD_FILES  # noqa: E402

from briefwright.ingest import decode, textcheck  # noqa: E402
from briefwright.ingest.decode import decode_bytes  # noqa: E402
from briefwright.model.errors import IngestError  # noqa: E402

DEVDATA = Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata"))
LENGTHS = (300, 400, 500, 700, 1000, 2000, 5000)
Source = tuple[str, str, bytes | str]  # group, name, bytes of a file or a text


def real_sources() -> Iterator[Source]:
    """Yield every real text at hand: (group, name, bytes or text)."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield "sample", path.name, path.read_bytes()
    for path in sorted((ROOT / "tests" / "data").rglob("*")):
        if path.is_file():
            yield "tests/data", str(path.relative_to(ROOT / "tests" / "data")), path.read_bytes()
    for name, (data, _) in WORLD_FILES.items():
        yield "world_texts", name, data
    yield from _hostile()
    yield from _devdata()
    for path in sorted(glob.glob("/usr/share/vim/vim*/tutor/tutor*")):
        if not path.endswith(".vim"):
            yield "vim tutor", Path(path).name, Path(path).read_bytes()
    yield from _qt_strings()
    yield from _spacy_examples()


def _hostile() -> Iterator[Source]:
    from tests.hostile.corpus import CASES

    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            if case.error or case.is_project or case.name.endswith(".docx"):
                continue
            data = case.build(Path(folder))
            if data is not None:
                yield "hostile", case.name, data


def _devdata() -> Iterator[Source]:
    csv.field_size_limit(1 << 30)
    for name in ("cnn_dailymail_validation_subset.csv", "cnn_dailymail_train_sample.csv"):
        path = DEVDATA / "summ" / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    yield "CNN/DailyMail", row["id"], row["article"]
    path = DEVDATA / "summ" / "wikinewssum_en_cleaned.json"
    if path.exists():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                for m, source in enumerate(json.loads(line)["sources"]):
                    if source.get("maintext"):
                        group = f"WikinewsSum sources ({source['language']})"
                        yield group, f"{n}-{m}", source["maintext"]
    for path in sorted((DEVDATA / "tbaq-cleaned").glob("*/*.tml")):
        yield "TimeBank+AQUAINT (TimeML)", path.name, path.read_bytes()


def _qt_strings() -> Iterator[Source]:
    """Yield the translations of each Qt catalogue, one string a line, by language."""
    try:
        qt = importlib.import_module("PySide6")
    except ImportError:
        return
    by_language: dict[str, list[str]] = defaultdict(list)
    for path in sorted(Path(qt.__file__).parent.glob("Qt/translations/*.qm")):
        language = path.stem.split("_", 1)[1]
        by_language[language] += _qm_translations(path.read_bytes())
    for language, strings in sorted(by_language.items()):
        text = "\n".join(dict.fromkeys(strings))
        if text.strip():
            yield "Qt strings", language, text


def _qm_translations(data: bytes) -> list[str]:
    """Return the translations a Qt .qm catalogue holds (UTF-16 big-endian strings)."""
    out: list[str] = []
    pos = 16
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        body, pos = data[pos + 5 : pos + 5 + size], pos + 5 + size
        if tag != 0x69:  # the messages block
            continue
        at = 0
        while at < len(body):
            item, at = body[at], at + 1
            if item in (3, 6, 7, 8):  # translation, source text, context, comment
                length = struct.unpack(">I", body[at : at + 4])[0]
                at += 4
                if length != 0xFFFFFFFF:
                    if item == 3:
                        out.append(body[at : at + length].decode("utf-16-be", "replace"))
                    at += length
            elif item in (2, 4, 5, 9):
                at += 4
            elif item != 1:
                break
    return out


def _spacy_examples() -> Iterator[Source]:
    try:
        lang = importlib.import_module("spacy.lang")
    except ImportError:
        return
    for path in sorted(Path(lang.__file__).parent.glob("*/examples.py")):
        try:
            module = importlib.import_module(f"spacy.lang.{path.parent.name}.examples")
        except ImportError:
            continue
        yield "spaCy examples", path.parent.name, "\n\n".join(module.sentences)


def _read(data: bytes | str, name: str) -> tuple[str | None, str | None]:
    """Return (text, None) when the reader accepts it, (None, message) when it refuses."""
    try:
        text = decode_bytes(data, name) if isinstance(data, bytes) else data
    except IngestError as error:
        return None, str(error)
    reason = textcheck.noise_reason(text) if isinstance(data, str) else None
    return (None, reason) if reason else (text, None)


def _range(values: list[float]) -> str:
    if not values:
        return "–"
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def real_table(sources: list[Source]) -> list[tuple[str, str]]:
    """Print the measures of real text by group; return the texts the reader accepted."""
    print("## Real text (min / median / max)\n")
    print("| group | files | refused | bad share | letter share | one letter | word measure "
          "(judged) |")
    print("|---|---:|---:|---|---|---|---|")
    groups: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for group, name, data in sources:
        text, refusal = _read(data, name)
        groups[group].append((name, text, refusal))
    accepted: list[tuple[str, str]] = []
    refusals: list[str] = []
    for group, rows in groups.items():
        measures = [textcheck.measure(t) for _, t, _ in rows if t is not None]
        gains = [m.gain for m in measures if m.gain is not None]
        print(f"| {group} | {len(rows)} | {sum(r is not None for _, _, r in rows)} | "
              f"{_range([m.bad_share for m in measures])} | "
              f"{_range([m.letter_share for m in measures])} | "
              f"{_range([m.top_letter_share for m in measures])} | "
              f"{_range(gains)} ({len(gains)}) |")
        accepted += [(f"{group}/{n}", t) for n, t, _ in rows if t is not None]
        refusals += [f"{group}/{n}: {r}" for n, _, r in rows if r is not None]
    print()
    for line in refusals:
        print("refused:", line)
    print(f"\nReal: {len(accepted)} read, {len(refusals)} refused.\n")
    return accepted


def noise_table(seeds: int) -> None:
    """Print the noise refused and accepted by kind, and its measures."""
    print(f"## Noise, seeds 0–{seeds - 1} (max over seeds)\n")
    print("| kind | accepted | refused because | bad share | letter share | one letter | "
          "word measure |")
    print("|---|---:|---|---|---|---|---|")
    total_accepted = total = 0
    for kind, make in _noise_kinds():
        reasons: Counter[str] = Counter()
        measures = []
        for seed in range(seeds):
            made = make(random.Random(seed))
            if isinstance(made, bytes):
                try:
                    text = decode_bytes(made, "noise")
                    reasons["accepted"] += 1
                except IngestError as error:
                    reasons[_short(str(error).split(": ", 2)[-1])] += 1
                    continue
            else:
                text = made
                reasons[_short(textcheck.noise_reason(text) or "accepted")] += 1
            measures.append(textcheck.measure(text))
        accepted = reasons.pop("accepted", 0)
        total_accepted += accepted
        total += seeds
        gains = [m.gain for m in measures if m.gain is not None]
        why = ", ".join(f"{r} {c}" for r, c in reasons.most_common())
        print(f"| {kind} | {accepted} | {why} | "
              f"{_max([m.bad_share for m in measures])} | "
              f"{_max([m.letter_share for m in measures])} | "
              f"{_max([m.top_letter_share for m in measures])} | {_max(gains)} |")
    print(f"\nNoise: {total_accepted} accepted of {total}.\n")


def _noise_kinds() -> list[tuple[str, Callable[[random.Random], bytes | str]]]:
    """Return every noise maker by name: files (bytes) first, then texts."""
    kinds: list[tuple[str, Callable[[random.Random], bytes | str]]]
    kinds = [(f"file {k}", m) for k, m in noisemakers.FILES.items()]
    kinds += [(f"text {k}", m) for k, m in noisemakers.TEXTS.items()]
    return kinds


def _short(reason: str) -> str:
    """Return which check a refusal's reason comes from, in a word or two."""
    for key, label in (("bytes are NUL", "NULs"), ("bytes are control codes", "control bytes"),
                       ("characters are control codes", "bad characters"),
                       ("letters or digits", "letters"), ("one character", "one letter"),
                       ("at random", "word measure"), ("byte-order", "BOM"),
                       ("no text encoding", "no encoding")):
        if key in reason:
            return label
    return reason


def _max(values: list[float]) -> str:
    return f"{max(values):.3f}" if values else "–"


def _cut(words: list[str], length: int) -> list[str]:
    """Return the first ``length`` characters of ``words`` ([] when there are fewer)."""
    out, total = [], 0
    for word in words:
        out.append(word[: length - total])
        total += len(out[-1])
        if total >= length:
            return out
    return []


def length_table(real: list[tuple[str, str]], seeds: int) -> None:
    """Print, by number of characters of words judged, the lowest word measure over windows
    of real text (from the start, a third and two thirds in) against the highest over the
    noise that the other checks let through."""
    print(f"## Word measure by characters judged (noise: seeds 0–{seeds - 1})\n")
    print("| characters | real windows | real lowest | real 0.1 % quantile | noise highest |")
    print("|---:|---:|---|---:|---|")
    real_scores: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for name, text in real:
        tokens = text.split()
        for start in dict.fromkeys((0, len(tokens) // 3, 2 * len(tokens) // 3)):
            words = textcheck.judged_words(" ".join(tokens[start:]))
            for length in LENGTHS:
                if window := _cut(words, length):
                    real_scores[length].append((textcheck.adjacency_gain(window), name))
    noise_top: dict[int, tuple[float, str]] = defaultdict(lambda: (-1.0, ""))
    for kind, make in _noise_kinds():
        for seed in range(seeds):
            made = make(random.Random(seed))
            text = made if isinstance(made, str) else _decoded_or_none(made)
            if text is None or not _reaches_word_test(text):
                continue
            words = textcheck.judged_words(text)
            for length in LENGTHS:
                if window := _cut(words, length):
                    found = (textcheck.adjacency_gain(window), kind)
                    noise_top[length] = max(noise_top[length], found)
    for length in LENGTHS:
        scores = sorted(real_scores[length])
        if scores:
            top = noise_top[length]
            print(f"| {length:,} | {len(scores)} | {scores[0][0]:.3f} ({scores[0][1]}) | "
                  f"{scores[len(scores) // 1000][0]:.3f} | {top[0]:.3f} ({top[1]}) |")
    print()


def _decoded_or_none(data: bytes) -> str | None:
    """Return the text the reader's decoders make of ``data`` before the check, or None."""
    try:
        return decode._decode(data, "noise")[0]
    except IngestError:
        return None


def _reaches_word_test(text: str) -> bool:
    """Return whether the checks before the word measure let ``text`` through."""
    m = textcheck.measure(text)
    return (
        m.bad_share <= textcheck.MAX_BAD_SHARE
        and m.letter_share >= textcheck.MIN_LETTER_SHARE
        and m.top_letter_share <= textcheck.MAX_ONE_LETTER_SHARE
    )


def timing(seeds: int) -> None:
    """Print the time decode_bytes takes over the uniform random files."""
    files = [noisemakers.FILES["uniform"](random.Random(s)) for s in range(seeds)]
    start = time.perf_counter()
    for data in files:
        with contextlib.suppress(IngestError):
            decode_bytes(data, "noise")
    took = time.perf_counter() - start
    print(f"decode_bytes over {seeds} uniform files: {took:.2f} s\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--length-seeds", type=int, default=200)
    args = parser.parse_args()
    real = real_table(list(real_sources()))
    noise_table(args.seeds)
    length_table(real, args.length_seeds)
    timing(args.seeds)


if __name__ == "__main__":
    main()
