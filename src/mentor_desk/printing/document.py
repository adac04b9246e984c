"""Build a PDF from flowables on plain pages with one text frame.

The frame has no inner padding, so a paragraph wrapped at ``frame_width`` outside the document
breaks its lines exactly as it does on the page (the text-layer check relies on that).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mentor_desk.printing.fonts import ensure_shaping

PAGE_MARGIN = 20 * mm

# Draws page furniture (header, footer, page number) on each page's canvas.
PageDecorator = Callable[[Canvas, BaseDocTemplate], None]


def build_pdf(
    flowables: Sequence[Flowable],
    *,
    path: Path,
    page_size: tuple[float, float] = A4,
    margin: float = PAGE_MARGIN,
    frame_width: float | None = None,
    title: str = "",
    on_page: PageDecorator | None = None,
) -> Path:
    """Lay the flowables out on pages of ``page_size`` and write the PDF to ``path``.

    ``frame_width`` narrows the text column (left-aligned at the margin); by default the
    column spans the page between the margins. ``on_page`` draws page furniture, e.g. with
    ``actual_text.draw_shaped_string``. Returns ``path``.
    """
    family = ensure_shaping()
    page_width, page_height = page_size
    width = page_width - 2 * margin if frame_width is None else frame_width
    if not 0 < width <= page_width - 2 * margin:
        raise ValueError(f"frame width {width:.1f} pt does not fit the page")
    frame = Frame(
        margin,
        margin,
        width,
        page_height - 2 * margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document = BaseDocTemplate(
        str(path),
        pagesize=page_size,
        pageTemplates=[PageTemplate(id="plain", frames=[frame], onPage=on_page or _no_decoration)],
        title=title,
        creator="Mentor Desk",
        # The canvas selects a start-up font on every page; make it Sarabun, so the PDF
        # references no font that is not embedded.
        initialFontName=family.normal,
    )
    document.build(list(flowables))
    return path


def _no_decoration(canvas: Canvas, document: BaseDocTemplate) -> None:
    """Pages without header or footer."""
