"""A composed Document as plain text, one line per block or row: what the golden files hold.

Every block of the Document is written, in order, with a mark of its kind: ``#`` a part's
heading and ``##`` a section's, ``[box …]`` the shaded box, ``1.`` or ``-`` a list item,
``|`` a table row, ``(note)``, ``(small)`` and ``(quote)`` a paragraph's style, ``**…**`` a
bold run and ``_…_`` an italic one. The page set-up and the creation time are left out: they
are the writers' (and the clock's), not what the briefing says.
"""

from __future__ import annotations

from briefwright.model.document import (
    Box,
    Document,
    Heading,
    ListBlock,
    Para,
    Run,
    Table,
    TitleBlock,
)


def _runs(runs: tuple[Run, ...]) -> str:
    out = []
    for r in runs:
        text = r.text
        if r.bold and text.strip():
            text = f"**{text}**"
        if r.italic and text.strip():
            text = f"_{text}_"
        out.append(text)
    return "".join(out)


def _para(p: Para) -> str:
    text = _runs(p.runs)
    return text if p.style == "body" else f"({p.style}) {text}"


def document_text(document: Document) -> str:
    """Return ``document`` as the plain text a golden file holds (ending in a newline)."""
    meta = document.meta
    lines = [
        f"product: {meta.product}",
        f"marking: {meta.marking}",
        f"title: {meta.title}",
        f"subject: {meta.subject}",
        f"keywords: {', '.join(meta.keywords)}",
        "",
    ]
    for b in document.blocks:
        if isinstance(b, TitleBlock):
            lines.append(f"= {b.title}")
            lines.extend(f"{k}: {v}" for k, v in b.fields)
        elif isinstance(b, Heading):
            lines.append(f"{'#' * b.level} {b.text}")
        elif isinstance(b, Para):
            lines.append(_para(b))
        elif isinstance(b, ListBlock):
            for n, item in enumerate(b.items, 1):
                lines.append(f"{n}. {_runs(item)}" if b.ordered else f"- {_runs(item)}")
        elif isinstance(b, Table):
            lines.append("| " + " | ".join(b.header) + " |")
            lines.extend("| " + " | ".join(row) + " |" for row in b.rows)
        elif isinstance(b, Box):
            lines.append(f"[box {b.title}]")
            lines.extend(f"  {_para(p)}" for p in b.paras)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
