"""Plain A4 reports (a household's visit summary, the monthly activity report): one text
column, a footer with the report's name and page number, written atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from mentor_desk.domain.dates import format_date, thai_digits
from mentor_desk.printing.actual_text import draw_shaped_string
from mentor_desk.printing.booklet_document import fit_to_width
from mentor_desk.printing.document import build_pdf
from mentor_desk.printing.fonts import SARABUN
from mentor_desk.printing.output import write_atomically
from mentor_desk.printing.page_setup import MUTED, RULE_WIDTH
from mentor_desk.printing.pdf_settings import use_binary_streams

REPORT_MARGIN = 20 * mm
REPORT_WIDTH = A4[0] - 2 * REPORT_MARGIN
FOOTER_SIZE = 9.0
# Writes the numbers a report makes itself, in Thai or Arabic digits.
Digits = Callable[[str], str]


def digit_writer(use_thai_digits: bool) -> Digits:
    """``thai_digits`` when Thai digits were chosen, else the text unchanged."""
    return thai_digits if use_thai_digits else str


def build_report(
    flowables: Sequence[Flowable],
    *,
    path: Path,
    title: str,
    printed_on: dt.date | None = None,
    use_thai_digits: bool = False,
) -> Path:
    """Write a report to ``path`` (whole or not at all); the footer names it on every page."""
    day = printed_on or dt.date.today()
    printed = f"พิมพ์เมื่อ {format_date(day, style='long')}"

    digits = digit_writer(use_thai_digits)

    def footer(canvas: Canvas, document: BaseDocTemplate) -> None:
        width = REPORT_WIDTH
        y = REPORT_MARGIN - 10 * mm
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(RULE_WIDTH / 2)
        canvas.line(REPORT_MARGIN, y + 4 * mm, REPORT_MARGIN + width, y + 4 * mm)
        canvas.setFillColor(MUTED)
        page = digits(f"หน้า {document.page}")
        page_width = stringWidth(page, SARABUN.normal, FOOTER_SIZE)
        left = fit_to_width(
            digits(f"{title}  •  {printed}"),
            width=width - page_width - 10 * mm,
            font_name=SARABUN.normal,
            font_size=FOOTER_SIZE,
        )
        for x, text in ((REPORT_MARGIN, left), (REPORT_MARGIN + width - page_width, page)):
            draw_shaped_string(
                canvas, x=x, y=y, text=text, font_name=SARABUN.normal, font_size=FOOTER_SIZE
            )
        canvas.restoreState()

    def write(temporary: Path) -> Path:
        use_binary_streams()
        build_pdf(
            list(flowables),
            path=temporary,
            page_size=A4,
            margin=REPORT_MARGIN,
            title=title,
            on_page=footer,
        )
        return path

    return write_atomically(path, write)
