"""Print article dates from year-less wire datelines and date phrases resolved, on public news:
TimeBank 1.2 and AQUAINT (TempEval-3 "TBAQ-cleaned"; bench/timeml.py, bench/data/SOURCES.md).

Run: .venv/bin/python bench/quality_dates_public.py [--misses]
Each article is given a wire dateline without its year made from its document creation time
(DCT), keeping the article's own place and agency ("NAIROBI, Kenya, Aug 7 (AP) - "), and is
read as pasted text with the reading date set some days after the DCT. Its TIMEX3s of type
DATE whose value is a day, a week, a month or a year are then compared with the analysis's
DATE entities (found) and resolved date phrases (value, at TimeML's granularity).
``bench/quality.py`` calls :func:`report`.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

import timeml  # noqa: E402
from briefwright.analysis.dates.redate import redate  # noqa: E402
from briefwright.analysis.dates.resolve import value_span  # noqa: E402
from briefwright.ingest import article_from_text  # noqa: E402
from briefwright.ingest.masthead import find_dateline  # noqa: E402
from briefwright.ingest.yearless import YEARS_BACK, infer_date, lede_weekdays  # noqa: E402
from briefwright.model.analysis import Analysis  # noqa: E402
from briefwright.model.article import Article  # noqa: E402
from briefwright.model.calendar import month_short  # noqa: E402

DELAYS = (0, 3, 30, 200, 400)
# The window study adds a reading two years late, where only a weekday can help.
STUDY_DELAYS = (*DELAYS, 800)
WINDOWS = (1, 2, 3, 4, 5)
# The delays whose inferred dates the phrase measures use, besides the DCT itself.
PHRASE_DELAYS = (3, 400)
# A dateline as TimeML's sources write it: "NAIROBI, Kenya (AP) _", "HAVANA (AP) --",
# "MIAMI _", "WASHINGTON, August 8 (Xinhua) --".
_SOURCE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][A-Za-z.'’ -]*?)?)"
    r"(?:, [A-Z][a-z]+\.? \d{1,2})?\s*(?:\((?P<agency>[A-Za-z][\w ]*)\))?\s*(?:_|--|—)\s*"
)
# The agency a dateline names for a source without one of its own.
_AGENCIES = {
    "APW": "AP", "AP": "AP", "NYT": "NYT", "XIE": "Xinhua", "wsj": "WSJ", "WSJ": "WSJ",
    "ABC": "ABC", "CNN": "CNN", "PRI": "PRI", "VOA": "VOA", "ea": "ABC", "ed": "ABC",
    "SJMN": "SJMN",
}  # fmt: skip
_DEFAULT_PLACE = "NEW YORK"
# TimeML values the measure compares: a day, an ISO week, a month, a year.
_KINDS = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")),
    ("week", re.compile(r"\d{4}-W\d{1,2}")),
    ("month", re.compile(r"\d{4}-\d{2}")),
    ("year", re.compile(r"\d{4}")),
)
_SKIPPED = (
    ("quarter or half", re.compile(r"\d{4}-[QH]\d")),
    ("season", re.compile(r"\d{4}-(?:SP|SU|FA|WI)")),
    ("PRESENT/PAST/FUTURE_REF", re.compile(r"\w+_REF")),
    ("decade or century", re.compile(r"\d{2,3}X?X?")),
    ("partly unknown (X)", re.compile(r".*X.*")),
)
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Wire:
    """A TimeML article as wire copy: its text with a year-less dateline, the global spans
    of the TIMEX3s it compares (start, end, kind, value, words), and skipped counts."""

    doc: timeml.Doc
    text: str
    timexes: tuple[tuple[int, int, str, str, str], ...]
    skipped: Counter[str]


def as_wire(doc: timeml.Doc) -> Wire:
    """Return ``doc`` as wire copy whose dateline is "PLACE, Mon D (AGENCY) - " of its DCT."""
    paragraphs = list(doc.paragraphs)
    own = _SOURCE_DATELINE.match(paragraphs[0])
    cut = own.end() if own else 0
    place = own.group("place") if own else _DEFAULT_PLACE
    prefix_source = doc.id.split("_")[0].rstrip("0123456789.-")
    agency = (own.group("agency") or "").strip() if own else ""
    agency = agency or _AGENCIES.get(prefix_source, "AP")
    dateline = f"{place}, {month_short(doc.dct.month)} {doc.dct.day} ({agency}) - "
    # Where each paragraph of the doc lands: (index in the text's paragraphs, shift).
    lede = paragraphs[0][cut:]
    moved: dict[int, tuple[int, int]] = {}
    out: list[str] = []
    first = 0 if lede else 1
    for i, text in enumerate(paragraphs):
        if i == 0 and not lede:
            continue
        if i == first:
            body = lede if i == 0 else text
            moved[i] = (len(out), len(dateline) - (cut if i == 0 else 0))
            out.append(dateline + body)
        else:
            moved[i] = (len(out), 0)
            out.append(text)
    starts = [0]
    for text in out:
        starts.append(starts[-1] + len(text) + 2)
    skipped: Counter[str] = Counter()
    kept = []
    for t in doc.timexes:
        if t.type != "DATE":
            continue
        kind = _kind(t.value)
        if kind not in _RANK:
            skipped[kind] += 1
            continue
        if t.paragraph == 0 and t.start < cut:
            skipped["in the source's own dateline"] += 1
            continue
        index, shift = moved[t.paragraph]
        start = starts[index] + t.start + shift
        kept.append((start, start + t.end - t.start, kind, t.value, t.text))
    return Wire(doc, "\n\n".join(out), tuple(kept), skipped)


def _kind(value: str) -> str:
    """Return the kind of a TimeML DATE value: day, week, month, year or why it is skipped."""
    for name, pattern in (*_KINDS, *_SKIPPED):
        if pattern.fullmatch(value):
            return name
    return "other"


def read(wire: Wire, delay: int) -> Article:
    """Return the wire copy read as pasted text ``delay`` days after its DCT."""
    return article_from_text(wire.text, read_on=wire.doc.dct + timedelta(days=delay))


def _positions(wire: Wire, article: Article) -> dict[int, int]:
    """Return where each article paragraph starts in the wire text (unfound ones left out)."""
    where: dict[int, int] = {}
    cursor = 0
    for p in article.paragraphs:
        at = wire.text.find(p.text, cursor)
        if at >= 0:
            where[p.id] = at
            cursor = at + len(p.text)
    return where


def agrees(timeml_value: str, kind: str, value: str | None, granularity: str) -> bool:
    """Return whether our (value, granularity) names TimeML's day, week, month or year; ours
    may be finer (a day names its month), never coarser. A period counts by its start."""
    if value is None:
        return False
    if granularity == "period":
        value = value.partition("/")[0]
        granularity = {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]
    if _RANK.get(granularity, 9) > _RANK[kind]:
        return False
    span = value_span(value, granularity)
    if span is None:
        return False
    first = span[0]
    if kind == "day":
        return granularity == "day" and first.isoformat() == timeml_value
    if kind == "week":
        year, week = timeml_value.split("-W")
        return first.isocalendar()[:2] == (int(year), int(week))
    if kind == "month":
        return first.strftime("%Y-%m") == timeml_value
    return str(first.year) == timeml_value


@dataclass
class PhraseScore:
    """TIMEX3 DATEs found (a DATE entity overlaps) and resolved to the right value."""

    total: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = dataclasses.field(default_factory=list)


def score_phrases(wire: Wire, article: Article, analysis: Analysis, score: PhraseScore) -> None:
    """Add the TIMEX3 DATEs of ``wire`` to ``score`` as ``analysis`` of ``article`` finds
    and resolves them."""
    starts = _positions(wire, article)
    entities = [
        (starts[e.paragraph] + e.start, starts[e.paragraph] + e.end)
        for e in analysis.entities
        if e.label == "DATE" and e.paragraph in starts
    ]
    refs = [
        (starts[d.paragraph] + d.start, starts[d.paragraph] + d.end, d)
        for d in analysis.dates
        if d.paragraph in starts
    ]
    for start, end, kind, value, words in wire.timexes:
        score.total += 1
        if not any(s < end and start < e for s, e in entities):
            score.misses.append(f"{wire.doc.id}: {words!r} ({value}) not found")
            continue
        score.found += 1
        over = [(min(e, end) - max(s, start), d) for s, e, d in refs if s < end and start < e]
        ref = max(over, key=lambda pair: pair[0])[1] if over else None
        if ref is not None and agrees(value, kind, ref.value, ref.granularity):
            score.right += 1
        else:
            got = f"{ref.text!r} → {ref.value}" if ref else "no date phrase"
            score.misses.append(f"{wire.doc.id}: {words!r} want {value}, got {got}")


def _share(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.3f}" if total else "0/0"


def _dateline_day(article: Article) -> tuple[int, int, int | None] | None:
    """Return the (month, day, weekday) the article's dateline names, or None."""
    found = find_dateline((article.dateline or "") + " x")
    day = found.day if found else None
    if day is None or day.month is None or day.day is None:
        return None
    return day.month, day.day, day.weekday


def _lede(article: Article) -> str:
    """Return the text of the article's first body paragraph."""
    return next((p.text for p in article.paragraphs if p.kind == "body"), "")


def report(misses: bool = False) -> None:
    """Print the article-date and date-phrase measures over TimeBank and AQUAINT."""
    print("public news dates: TimeBank 1.2 + AQUAINT (TempEval-3 TBAQ-cleaned)")
    absent = timeml.missing()
    if absent:
        print(f"  {absent}")
        return
    wires = [as_wire(doc) for doc in timeml.load()]
    print(f"  {len(wires)} articles, read with a year-less dateline made from the DCT")
    read_at = {delay: [read(w, delay) for w in wires] for delay in STUDY_DELAYS}
    print(f"  article date right when read N days after the DCT (years looked back {YEARS_BACK})")
    for delay in DELAYS:
        right = sum(a.date == w.doc.dct for w, a in zip(wires, read_at[delay], strict=True))
        inferred = sum(a.date_inferred for a in read_at[delay])
        print(f"    {delay:4d} days  {_share(right, len(wires)):18s} (year inferred: {inferred})")
        if misses:
            for w, a in zip(wires, read_at[delay], strict=True):
                if a.date != w.doc.dct:
                    print(f"      {w.doc.id}: {a.date} (DCT {w.doc.dct}) {a.dateline!r}")
    _window_study(wires, read_at)
    _phrase_report(wires, read_at, misses)


def _window_study(wires: Sequence[Wire], read_at: dict[int, list[Article]]) -> None:
    """Print the article-date accuracy of each number of years looked back, by delay."""
    delays = ", ".join(str(d) for d in STUDY_DELAYS)
    print(f"  years looked back: article date right when read {delays} days on")
    for window in WINDOWS:
        cells = []
        for delay in STUDY_DELAYS:
            right = 0
            for w, a in zip(wires, read_at[delay], strict=True):
                day = _dateline_day(a)
                if day is None:
                    continue
                reading = w.doc.dct + timedelta(days=delay)
                got = infer_date(
                    day[0], day[1], reading, lede=_lede(a), weekday=day[2], years=window
                )
                right += got == w.doc.dct
            cells.append(f"{right / len(wires):.3f}")
        print(f"    {window} {'year ' if window == 1 else 'years'}  " + "  ".join(cells))
    named = sum(bool(lede_weekdays(_lede(a))) for a in read_at[0])
    print(f"    (ledes naming a weekday as the day of the news: {named}/{len(wires)})")


def _phrase_report(
    wires: Sequence[Wire], read_at: dict[int, list[Article]], misses: bool
) -> None:
    """Print the TIMEX3 DATE measures: found, and resolved with the DCT or inferred dates,
    over both parts and each."""
    from briefwright.analysis.engine import analyze_many

    skipped: Counter[str] = Counter()
    for w in wires:
        skipped.update(w.skipped)
    compared = sum(len(w.timexes) for w in wires)
    reasons = ", ".join(f"{name} {n}" for name, n in skipped.most_common())
    print(
        f"  TIMEX3 DATEs with a day, week, month or year value: {compared}; "
        f"skipped {sum(skipped.values())} ({reasons})"
    )
    given = [dataclasses.replace(a, date=w.doc.dct) for w, a in zip(wires, read_at[0], strict=True)]
    analyses = list(analyze_many(given))
    rows = [("article date = DCT", given, analyses)]
    for delay in PHRASE_DELAYS:
        # The same text with another article date: its analysis resolved again, not redone.
        articles = read_at[delay]
        redated = [redate(a, x) for a, x in zip(articles, analyses, strict=True)]
        rows.append((f"inferred, read {delay} days on", articles, redated))
    for name, articles, found in rows:
        for part in ("all", *timeml.PARTS):
            score = PhraseScore()
            for w, a, x in zip(wires, articles, found, strict=True):
                if part in ("all", w.doc.part):
                    score_phrases(w, a, x, score)
            label = name if part == "all" else f"  {part}"
            print(
                f"    {label:28s} found {_share(score.found, score.total):18s} "
                f"value right {_share(score.right, score.found)}"
            )
            if misses and part == "all" and name == rows[0][0]:
                for miss in score.misses:
                    print(f"      {miss}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    report(parser.parse_args().misses)


if __name__ == "__main__":
    main()
