"""A Document as simple HTML and CSS, the equivalent input WeasyPrint is measured on."""

from __future__ import annotations

from html import escape

from briefwright.model.document import (
    Block,
    Box,
    Document,
    Heading,
    ListBlock,
    Para,
    Run,
    Table,
    TitleBlock,
)

CSS = """
@page { size: %(page)s; margin: 20mm; }
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
p.small { font-size: 9pt; }
.box { background: #eef2f6; border: 0.5pt solid #889; padding: 6pt 8pt; margin: 8pt 0; }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0; }
th, td { border: 0.5pt solid #999; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #dde3ea; }
"""


def document_html(document: Document) -> str:
    """Return ``document`` as one HTML page with its style sheet inline."""
    css = CSS % {"page": document.meta.page_size}
    body = "\n".join(_block(b) for b in document.blocks)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(document.meta.title)}</title><style>{css}</style></head>"
        f"<body>\n{body}\n</body></html>"
    )


def inline_markup(runs: tuple[Run, ...]) -> str:
    """Return runs as escaped text in <b> and <i> tags: HTML, and ReportLab's markup too."""
    parts = []
    for run in runs:
        text = escape(run.text, quote=False)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, TitleBlock):
        fields = "".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in block.fields)
        return f"<h1>{escape(block.title)}</h1>{fields}"
    if isinstance(block, Heading):
        tag = "h2" if block.level == 1 else "h3"
        return f"<{tag}>{escape(block.text)}</{tag}>"
    if isinstance(block, Para):
        return f'<p class="{block.style}">{inline_markup(block.runs)}</p>'
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{inline_markup(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Table):
        cols = "".join(f'<col style="width:{w * 100:.1f}%">' for w in block.widths)
        head = "".join(f"<th>{escape(h)}</th>" for h in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows
        )
        return f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>{rows}</table>"
    if isinstance(block, Box):
        paras = "".join(f"<p>{inline_markup(p.runs)}</p>" for p in block.paras)
        return f'<div class="box"><p><b>{escape(block.title)}</b></p>{paras}</div>'
    raise TypeError(f"unknown block {type(block).__name__}")
