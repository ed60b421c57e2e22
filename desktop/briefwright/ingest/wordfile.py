"""Word (.docx) articles through python-docx: body paragraphs and tables in order."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from briefwright.ingest.clean import clean_counted, merge_counts
from briefwright.ingest.container import check_word_container
from briefwright.ingest.paragraphs import Block
from briefwright.model.errors import IngestError

_P = qn("w:p")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")
_HEADING_PREFIXES = ("heading", "title", "subtitle")
# The blank document python-docx starts from carries these; they describe the template,
# not the article.
_TEMPLATE_AUTHOR = "python-docx"
_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)


@dataclass(frozen=True)
class WordText:
    """The blocks of a Word article, its metadata, and counts of what cleaning changed."""

    blocks: list[Block]
    title: str
    author: str | None
    date: date | None
    changes: Counter[str]


def parse_word(data: bytes, name: str) -> WordText:
    """Return the blocks of the Word file ``data`` (body order, tables as "cell | cell" rows).

    Heading, Title and Subtitle styles give kind "heading"; the first Title-styled paragraph
    (else the core-properties title) becomes the title and not a paragraph. Raises IngestError
    naming ``name`` for a legacy, encrypted, damaged or oversized file (see
    :func:`check_word_container`).
    """
    check_word_container(data, name).close()
    try:
        document = docx.Document(io.BytesIO(data))
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise IngestError(f"{name}: not a Word file or damaged ({_first_line(error)})") from error
    except (AttributeError, TypeError, IndexError) as error:
        # python-docx walks a malformed package's XML without checking it first.
        raise IngestError(f"{name}: not a Word file or damaged ({_first_line(error)})") from error
    style_names = {style.style_id: style.name or "" for style in document.styles}
    counts: list[Counter[str]] = []
    blocks: list[Block] = []
    title = ""
    for text, style in _body_texts(document):
        cleaned, changed = clean_counted(text)
        counts.append(changed)
        if not cleaned.strip():
            continue
        style_name = style_names.get(style or "", "").lower()
        if style_name == "title" and not title:
            title = " ".join(cleaned.split())
            continue
        blocks.append(
            Block(cleaned, "heading" if style_name.startswith(_HEADING_PREFIXES) else "body")
        )
    properties = document.core_properties
    if not title:
        title = " ".join(clean_counted(properties.title or "")[0].split())
    author = " ".join(clean_counted(properties.author or "")[0].split()) or None
    if author == _TEMPLATE_AUTHOR:
        author = None
    created = properties.created
    when = created.date() if created is not None and created != _TEMPLATE_CREATED else None
    return WordText(
        blocks=blocks, title=title, author=author, date=when, changes=merge_counts(counts)
    )


def _body_texts(document: WordDocument) -> Iterator[tuple[str, str | None]]:
    """Yield (text, style id) for each paragraph and table row of the body, in order."""
    yield from _element_texts(document, document.element.body)


def _element_texts(
    document: WordDocument, container: etree._Element
) -> Iterator[tuple[str, str | None]]:
    """Yield (text, style id) for the paragraphs and table rows directly in ``container``."""
    for child in container.iterchildren():
        if child.tag == _P:
            paragraph = WordParagraph(child, document)
            yield paragraph.text, child.style
        elif child.tag == _TBL:
            yield from _table_rows(Table(child, document))
        elif child.tag == _SDT:
            # Content controls wrap ordinary paragraphs and tables.
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _element_texts(document, content)


def _table_rows(table: Table) -> Iterator[tuple[str, str | None]]:
    """Yield one "cell | cell" text per table row; a merged cell is written once."""
    for row in table.rows:
        texts: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:
                continue
            previous = cell._tc
            text = " ".join(cell.text.split())
            if text:
                texts.append(text)
        if texts:
            yield " | ".join(texts), None


def _first_line(error: BaseException) -> str:
    """Return the first line of an exception's message (or its type name)."""
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
