"""HTML articles: main text through trafilatura, else lxml text; nothing is ever fetched."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from briefwright.ingest.dates import parse_date_prefix
from briefwright.ingest.paragraphs import Block
from briefwright.model.article import ParagraphKind

# The HTML parser never reads a DTD, but its internal subset would leak into the text as
# "]>", and the XML declaration makes lxml refuse a str: drop both before parsing.
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[[^\]]*\][^>]*)?>", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"<\?xml[^>]*>", re.IGNORECASE)
_DROPPED = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math")
_BLOCK_TAGS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    )
)
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


@dataclass(frozen=True)
class WebText:
    """The blocks of an HTML article and the title and date it declares."""

    blocks: list[Block]
    title: str
    date: date | None
    author: str | None
    source: str | None
    url: str | None = None


def parse_html(markup: str) -> WebText:
    """Return the main text of HTML ``markup`` (already cleaned) as blocks, with metadata.

    Scripts, styles and comments never reach the text; images, links and entities are not
    followed. A title equal to the first heading is not repeated as a paragraph. Raises nothing.
    """
    markup = _XML_DECLARATION.sub("", _DOCTYPE.sub("", markup))
    blocks, title, when, author, source, url = _with_trafilatura(markup)
    declared = _declared(markup)
    # What the page declares beats trafilatura's guesses: its date search rejects any date
    # after today's and falls back to a year, and its title may carry the site's name.
    title = declared.title or title
    when = declared.date or when
    source = declared.site or source
    if not blocks:
        tree = _parse(markup)
        blocks = list(_lxml_blocks(tree)) if tree is not None else []
        if not title and tree is not None:
            title = _text_of(tree.find(".//title")) or _text_of(tree.find(".//h1"))
    if blocks and blocks[0].kind == "heading" and _same(blocks[0].text, title):
        blocks = blocks[1:]
    return WebText(blocks=blocks, title=title, date=when, author=author, source=source, url=url)


@dataclass(frozen=True)
class _Declared:
    """The title, publication date and site name a page declares in its markup."""

    title: str = ""
    date: date | None = None
    site: str | None = None


_DATE_PROPERTIES = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "dc.date.issued",
    "dc.date",
    "date",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def _declared(markup: str) -> _Declared:
    """Return the page's own title (og:title, else its first h1), date and site name.

    The date comes from publication meta tags, ``itemprop="datePublished"``, JSON-LD, else the
    first ``<time datetime>``. Raises nothing.
    """
    tree = _parse(markup)
    if tree is None:
        return _Declared()
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        value = element.get("content")
        if key and value and key.lower() not in meta:
            meta[key.lower()] = _clean_line(value)
    title = meta.get("og:title") or meta.get("twitter:title") or _text_of(tree.find(".//h1"))
    when: date | None = None
    candidates = [meta[k] for k in _DATE_PROPERTIES if k in meta]
    candidates += [
        e.get("datetime") or e.get("content") or ""
        for e in tree.iter()
        if isinstance(e.tag, str) and (e.get("itemprop") or "").lower() == "datepublished"
    ]
    candidates += _LD_DATE.findall(markup)
    candidates += [e.get("datetime") or "" for e in tree.iter("time")]
    for raw in candidates:
        found = parse_date_prefix(raw.strip())
        if found is not None:
            when = found[0]
            break
    return _Declared(title=title, date=when, site=meta.get("og:site_name") or None)


def _parse(markup: str) -> HtmlElement | None:
    """Return the parsed document, or None when there is nothing to parse."""
    parser = HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        return document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _with_trafilatura(
    markup: str,
) -> tuple[list[Block], str, date | None, str | None, str | None, str | None]:
    """Return blocks, title, date, author, site name and URL as trafilatura finds them."""
    tree = _parse(markup)
    if tree is None:
        return [], "", None, None, None, None
    # trafilatura logs its own view of odd pages; the article's outcome is reported by us.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        with_metadata=True,
        fast=False,
    )
    if document is None or isinstance(document, dict):
        return [], "", None, None, None, None
    body = getattr(document, "body", None)
    blocks = list(_trafilatura_blocks(body)) if body is not None else []
    title = _clean_line(getattr(document, "title", None) or "")
    raw_date = getattr(document, "date", None) or ""
    found = parse_date_prefix(raw_date) if raw_date else None
    author = _clean_line(getattr(document, "author", None) or "") or None
    source = _clean_line(getattr(document, "sitename", None) or "") or None
    url = _clean_line(getattr(document, "url", None) or "") or None
    return blocks, title, found[0] if found else None, author, source, url


def _trafilatura_blocks(body: etree._Element) -> Iterator[Block]:
    """Yield the blocks of trafilatura's XML body (head, p, list/item, table/row/cell …)."""
    for line_break in body.iter("lb"):
        # A line break inside a paragraph separates words.
        line_break.tail = " " + (line_break.tail or "")
    for element in body:
        tag = element.tag
        if tag == "head":
            yield Block(_text_of(element), "heading")
        elif tag == "list":
            yield from _list_items(element)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text_of(cell) for cell in row.iter("cell")]
                yield Block(" | ".join(cell for cell in cells if cell))
        elif tag == "graphic":
            continue
        else:
            yield Block(_text_of(element))


def _list_items(element: etree._Element) -> Iterator[Block]:
    """Yield each item of a trafilatura list (nested lists after their parent item)."""
    for item in element.iterchildren("item"):
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)
        yield Block(_text_of(item))
        for child in nested:
            yield from _list_items(child)


def _lxml_blocks(tree: HtmlElement) -> Iterator[Block]:
    """Yield text blocks of the page body (scripts and styles removed), split at block tags."""
    for element in list(tree.iter(*_DROPPED)):
        element.drop_tree()
    root = tree.find("body")
    if root is None:
        root = tree
    parts: list[str] = []
    kind: ParagraphKind = "body"

    def flush() -> Iterator[Block]:
        nonlocal kind
        text = "".join(parts).strip()
        parts.clear()
        if text:
            yield Block(text, kind)
        kind = "body"

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                yield from flush()
                if tag in _HEADING_TAGS:
                    kind = "heading"
            elif tag in ("td", "th") and "".join(parts).strip():
                parts.append(" | ")
            elif tag == "br":
                parts.append(" ")
            if element.text and tag not in ("head", "title"):
                parts.append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                yield from flush()
            if element.tail and element is not root:
                parts.append(element.tail)
    yield from flush()


def _text_of(element: etree._Element | None) -> str:
    """Return the element's text, whitespace collapsed, or "" for None."""
    if element is None:
        return ""
    return _clean_line("".join(element.itertext()))


def _clean_line(text: str) -> str:
    """Return ``text`` on one line with whitespace runs collapsed."""
    return " ".join(text.split())


def _same(first: str, second: str) -> bool:
    """Return whether two titles are the same text but for case and spacing."""
    return bool(second) and _clean_line(first).casefold() == _clean_line(second).casefold()
