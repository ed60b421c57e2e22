"""A Document as pandoc Markdown, the equivalent input pandoc md→docx is measured on."""

from __future__ import annotations

import re

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

# Characters Markdown would read as markup; a backslash makes each literal.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+\-!|~^$@])")


def document_markdown(document: Document) -> str:
    """Return ``document`` as Markdown with a YAML title block, pipe tables and lists."""
    title = document.meta.title.replace('"', '\\"')
    parts = [f'---\ntitle: "{title}"\nlang: en\n---']
    parts.extend(_block(b) for b in document.blocks)
    return "\n\n".join(parts) + "\n"


def _text(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        text = _text(run.text)
        stripped = text.strip()
        if stripped and (run.bold or run.italic):
            mark = ("**" if run.bold else "") + ("*" if run.italic else "")
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            text = f"{lead}{mark}{stripped}{mark[::-1]}{trail}"
        parts.append(text)
    return "".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, TitleBlock):
        lines = [f"# {_text(block.title)}", ""]
        lines += [f"**{_text(k)}:** {_text(v)}  " for k, v in block.fields]
        return "\n".join(lines)
    if isinstance(block, Heading):
        return f"{'#' * (block.level + 1)} {_text(block.text)}"
    if isinstance(block, Para):
        return _runs(block.runs)
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{f'{i}.' if block.ordered else '-'} {_runs(item)}"
            for i, item in enumerate(block.items, 1)
        )
    if isinstance(block, Table):
        head = "| " + " | ".join(_text(h) for h in block.header) + " |"
        # Dash counts set pandoc's relative column widths for long cells.
        rule = "|" + "|".join("-" * max(3, round(w * 60)) for w in block.widths) + "|"
        rows = ["| " + " | ".join(_text(c) for c in row) + " |" for row in block.rows]
        return "\n".join([head, rule, *rows])
    if isinstance(block, Box):
        lines = [f"> **{_text(block.title)}**", ">"]
        for para in block.paras:
            lines += [f"> {_runs(para.runs)}", ">"]
        return "\n".join(lines[:-1])
    raise TypeError(f"unknown block {type(block).__name__}")
