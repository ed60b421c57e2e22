"""Check a bundled build's output: PDF and Word files against the project they came from.

Usage: python packaging/check_exports.py PROJECT.briefing OUT.pdf OUT.docx ANALYSIS.jsonl NFILES
Exits 1 with one line per failure; prints a summary line on success.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import pypdf

LABELS = {"PERSON", "ORG", "PLACE", "GROUP", "DATE", "FIGURE"}
TOP_KEYS = {"article", "entities", "actors", "facts", "sections"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _docx_texts(path: Path) -> tuple[str, list[str], list[str]]:
    """Return the body text (paragraphs and table cells), and each section's header and footer."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    headers = [_norm(" ".join(p.text for p in s.header.paragraphs)) for s in document.sections]
    footers = [_norm(" ".join(p.text for p in s.footer.paragraphs)) for s in document.sections]
    return _norm(" ".join(parts)), headers, footers


def check(project: Path, pdf: Path, word: Path, jsonl: Path, nfiles: int) -> list[str]:
    """Return the failures found (empty when every check passes)."""
    failures: list[str] = []
    data = json.loads(project.read_text(encoding="utf-8"))
    marking = data["meta"]["marking"]
    facts = [f for f in data["facts"] if f["included"]]
    if not facts:
        failures.append("the project includes no facts")
    expected = [(_norm(f["text"]), f"[¶{f['paragraph']}]") for f in facts]

    pages = [_norm(page.extract_text()) for page in pypdf.PdfReader(str(pdf)).pages]
    if not pages:
        failures.append(f"{pdf}: no pages")
    failures += [
        f"{pdf}: page {i} lacks the marking {marking}"
        for i, text in enumerate(pages, 1)
        if marking not in text
    ]
    pdf_text = " ".join(pages)
    failures += [
        f"{pdf}: fact missing: {text[:60]}… {ref}"
        for text, ref in expected
        if f"{text} {ref}" not in pdf_text
    ]

    body, headers, footers = _docx_texts(word)
    failures += [
        f"{word}: section {i} header or footer lacks the marking {marking}"
        for i, (h, f) in enumerate(zip(headers, footers, strict=True), 1)
        if marking not in h or marking not in f
    ]
    failures += [
        f"{word}: fact missing: {text[:60]}… {ref}"
        for text, ref in expected
        if f"{text} {ref}" not in body
    ]

    lines = jsonl.read_text(encoding="utf-8").splitlines()
    if len(lines) != nfiles:
        failures.append(f"{jsonl}: {len(lines)} lines for {nfiles} files")
    for n, line in enumerate(lines, 1):
        record = json.loads(line)
        missing = TOP_KEYS - record.keys()
        if missing:
            failures.append(f"{jsonl}:{n}: keys missing: {sorted(missing)}")
            continue
        labels = {e["label"] for e in record["entities"]}
        if not labels or not labels <= LABELS:
            failures.append(f"{jsonl}:{n}: entity labels {sorted(labels)}")
        if not record["facts"] or not record["article"]["paragraphs"]:
            failures.append(f"{jsonl}:{n}: no facts or no paragraphs")
        if not any(e["label"] == "PERSON" for e in record["entities"]):
            failures.append(f"{jsonl}:{n}: the model found no person")
    if not failures:
        print(
            f"exports ok: PDF {len(pages)} pages and Word {len(headers)} section(s), "
            f"marking {marking} on each; {len(facts)} facts with references in both; "
            f"analyze: {len(lines)} records"
        )
    return failures


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    found = check(*(Path(a) for a in sys.argv[1:5]), int(sys.argv[5]))
    for failure in found:
        print(f"FAIL {failure}", file=sys.stderr)
    sys.exit(1 if found else 0)
