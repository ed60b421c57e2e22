"""The PDF writer: a Document laid out with ReportLab platypus, fonts embedded, reproducible."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate

from briefwright.model.document import Document
from briefwright.store.atomic import Target, write_bytes
from briefwright.writers.pdf_blocks import FlowableBuilder
from briefwright.writers.pdf_page import Furniture, canvas_maker
from briefwright.writers.pdf_styles import build_styles
from briefwright.writers.text_safe import xml_safe
from briefwright.writers.theme import footer_title

# ReportLab reads RL_trustedHosts from the environment; a briefing never loads anything from
# a host, so the list is pinned empty whatever the environment says.
rl_config.trustedHosts = None

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 19 * mm
MARGIN_BOTTOM = 21 * mm
# A heading moves to the next page only when less than this much room is left below it;
# with more room it stays and the text after it splits, so no half-empty pages appear.
KEEP_WITH_NEXT_ROOM = 72.0
# A heading with little after it (a short paragraph, a few notes) moves whole.
KEEP_WHOLE = 100.0


class KeepWithNext(KeepTogether):
    """What ReportLab groups a keepWithNext heading and the flowable after it into."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Return the content as is when there is room to start it here, else after a break."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        fits = aH >= self._H
        # A table kept whole cannot start here and go on overleaf: its heading goes with it.
        whole = any(getattr(f, "max_whole_height", 0.0) > 0 for f in self._content)
        room = not whole and aH >= KEEP_WITH_NEXT_ROOM and self._H > KEEP_WHOLE and aH >= self._H0
        if fits or room:
            return list(self._content)
        return list(super().split(aW, aH))


def write_pdf(document: Document, target: Target) -> None:
    """Write ``document`` as a PDF to a path (atomically) or to a binary stream.

    Raise ExportError when the file cannot be written; an existing file is left intact.
    """
    write_bytes(target, pdf_bytes(document))


def pdf_bytes(document: Document) -> bytes:
    """Return the PDF of ``document``; the same Document always gives the same bytes."""
    meta = document.meta
    page = PAGE_SIZES[meta.page_size]
    styles = build_styles(meta.accent, meta.font_scale)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=xml_safe(meta.title),
        author=xml_safe(meta.author),
        subject=xml_safe(meta.subject),
        keywords=[xml_safe(k) for k in meta.keywords],
        creator="Briefwright",
        producer="Briefwright (ReportLab)",
        invariant=1,
        lang="en",
    )
    doc.keepTogetherClass = KeepWithNext
    furniture = Furniture(
        marking=meta.marking,
        marking_rgb=meta.marking_rgb,
        marking_fill=meta.marking_fill,
        footer_title=footer_title(meta.product, meta.title),
        left=MARGIN_X,
        right=MARGIN_X,
        top_marking_y=page[1] - 11 * mm,
        bottom_marking_y=7.5 * mm,
        footer_y=14 * mm,
        created=meta.created,
    )
    # Frames pad their content by 6 pt on each side; tables must fit inside that.
    # A short table no taller than half a page moves overleaf whole (see WholeTable).
    builder = FlowableBuilder(styles, doc.width - 12, doc.height / 2)
    tail = document.short_tail()
    if tail > 0:
        flowables = builder.build(document.blocks[:tail])
        # The short last part keeps the end of the part before it for company.
        flowables[-1].keepWithNext = 1
        flowables += builder.build(document.blocks[tail:])
    else:
        flowables = builder.build(document.blocks)
    doc.build(flowables, canvasmaker=canvas_maker(furniture))
    return out.getvalue()
