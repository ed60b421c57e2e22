"""Count the instructions of warm exports under callgrind, one dump per counted export.

Run under ``valgrind --tool=callgrind --collect-atstart=no --toggle-collect=sys_call_tracing
--dump-after=sys_call_tracing``: only what runs inside ``sys.call_tracing`` is counted, so
the interpreter's start, the imports and each warm-up run are not, and every counted export
is dumped to its own file, numbered in the order of ``COUNTED[fmt]``.
Usage: python bench/callgrind_export.py pdf|docx DOCUMENT.pickle
"""

from __future__ import annotations

import io
import pickle
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from bare_docx import bare_docx_bytes
from bare_pdf import bare_pdf_bytes
from briefwright.model.document import Document
from briefwright.writers.pdf import write_pdf
from briefwright.writers.word import write_docx
from pdf_ablation import VARIANTS

Plan = tuple[str, Callable[[], AbstractContextManager[None]], Callable[[Document], object]]


def _pdf(document: Document) -> None:
    write_pdf(document, io.BytesIO())


def _docx(document: Document) -> None:
    write_docx(document, io.BytesIO())


COUNTED: dict[str, list[Plan]] = {
    "pdf": [
        ("Briefwright write_pdf ×1", nullcontext, _pdf),
        ("bare ReportLab ×1", nullcontext, bare_pdf_bytes),
        *((f"write_pdf ×1 with {label}", variant, _pdf) for label, variant in VARIANTS.items()),
    ],
    "docx": [
        ("Briefwright write_docx ×1", nullcontext, _docx),
        ("bare python-docx ×1", nullcontext, bare_docx_bytes),
    ],
}


def main(argv: list[str]) -> int:
    """Run every plan of the format once warm, then once counted; return the exit status."""
    fmt, source = argv
    document = pickle.loads(Path(source).read_bytes())
    if not isinstance(document, Document):
        raise TypeError(f"{source} holds {type(document).__name__}, not a Document")
    for _label, variant, work in COUNTED[fmt]:
        with variant():
            work(document)
            sys.call_tracing(work, (document,))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
