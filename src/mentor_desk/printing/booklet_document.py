"""The booklet's page machinery: page templates, running header, page numbers, TOC anchors.

Three page templates: ``cover`` (no furniture), ``front`` (foreword and contents, page number
only) and ``body`` (chapter title as running header, page number). Page numbers are the
physical page numbers (the cover is page 1 and shows none), so the number printed on a page,
the number in the contents and the PDF viewer's page number all agree.
"""

from __future__ import annotations

import contextvars
import copy
from collections.abc import Callable
from typing import Any, NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mentor_desk.domain.dates import thai_digits
from mentor_desk.domain.thai_words import segment
from mentor_desk.printing.actual_text import draw_shaped_string
from mentor_desk.printing.fonts import ensure_shaping
from mentor_desk.printing.page_setup import MUTED, RULE_WIDTH, BookletStyles, PageSetup
from mentor_desk.printing.pdf_settings import use_binary_streams
from mentor_desk.printing.thai_paragraph import ThaiParagraph
from mentor_desk.printing.toc import TocEntry, define_page_number

ELLIPSIS = "…"
LONG_PARAGRAPH_CHARACTERS = 3000
LINES_PER_PIECE = 16
UNLIMITED_HEIGHT = 1e9


class LaidOutLine(NamedTuple):
    """A line of a lesson's text as the layout put it on a page (for the text-layer check)."""

    page: int
    text: str


# Lines of body text as laid out, collected while a booklet is drawn.
_LAID_OUT_LINES: contextvars.ContextVar[list[LaidOutLine] | None] = contextvars.ContextVar(
    "booklet_laid_out_lines", default=None
)


class BodyParagraph(ThaiParagraph):
    """A paragraph of a lesson's text; notes its lines as drawn when a booklet collects them."""

    @classmethod
    def in_pieces(cls, text: str, style: ParagraphStyle, *, width: float) -> list[BodyParagraph]:
        """``text`` as one paragraph, or, when it is very long, as consecutive pieces of
        ``LINES_PER_PIECE`` whole lines each that lay out exactly like the one paragraph.

        ReportLab re-breaks the rest of a paragraph each time it continues on a new page, so
        a 30,000-character paragraph would cost time growing with the square of its length;
        pieces cut from one layout at the column's width keep that linear.
        """
        whole = cls.from_plain_text(text, style)
        if len(text) < LONG_PARAGRAPH_CHARACTERS:
            return [whole]
        whole.wrap(width, UNLIMITED_HEIGHT)
        lines = len(whole.blPara.lines)
        if lines <= 2 * LINES_PER_PIECE:
            return [whole]
        cut = whole._get_split_blParaFunc()  # ReportLab's own way of splitting a paragraph
        pieces: list[BodyParagraph] = []
        for start in range(0, lines, LINES_PER_PIECE):
            stop = min(start + LINES_PER_PIECE, lines)
            piece_style = copy.copy(style)
            if start:
                piece_style.firstLineIndent = 0
                piece_style.spaceBefore = 0
            if stop < lines:
                piece_style.spaceAfter = 0
            pieces.append(cls(None, piece_style, frags=cut(whole.blPara, start, stop)))
        return pieces

    def draw(self) -> None:
        """Draw as a ThaiParagraph, then note the lines (split parts note their own)."""
        super().draw()
        collected = _LAID_OUT_LINES.get()
        if collected is not None:
            page = self.canv.getPageNumber()
            collected.extend(
                LaidOutLine(page, line.strip()) for line in self.line_texts() if line.strip()
            )


def collect_laid_out_lines(
    into: list[LaidOutLine],
) -> contextvars.Token[list[LaidOutLine] | None]:
    """Start noting body lines into ``into`` (this thread only); undo with ``stop_collecting``."""
    return _LAID_OUT_LINES.set(into)


def stop_collecting(token: contextvars.Token[list[LaidOutLine] | None]) -> None:
    """Stop noting body lines."""
    _LAID_OUT_LINES.reset(token)


class ClosingFlowable(Flowable):  # type: ignore[misc]
    """Zero-size marker at the end of the story: the document settles any open TOC number."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Draws nothing."""


class BookletDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """Lays a booklet's flowables out on cover, front-matter and body pages."""

    def __init__(
        self,
        filename: str,
        *,
        setup: PageSetup,
        styles: BookletStyles,
        title: str,
        use_thai_digits: bool,
        on_anchor: Callable[[TocEntry, int], None] | None = None,
    ) -> None:
        family = ensure_shaping()
        use_binary_streams()
        self.setup = setup
        self.booklet_styles = styles
        self.use_thai_digits = use_thai_digits
        self.on_anchor = on_anchor
        self.anchor_pages: dict[str, int] = {}
        self.toc_entries: list[TocEntry] = []
        self.chapter_title = ""
        self._chapter_page = 0
        frame = Frame(
            setup.left,
            setup.bottom,
            setup.frame_width,
            setup.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        super().__init__(
            filename,
            pagesize=setup.size,
            leftMargin=setup.left,
            rightMargin=setup.right,
            topMargin=setup.top,
            bottomMargin=setup.bottom,
            title=title,
            author="Mentor Desk",
            creator="Mentor Desk",
            # The canvas selects a start-up font on every page; Sarabun keeps the PDF free
            # of fonts that are not embedded.
            initialFontName=family.normal,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame]),
                PageTemplate(id="front", frames=[frame], onPageEnd=self._front_furniture),
                PageTemplate(id="body", frames=[frame], onPageEnd=self._body_furniture),
            ]
        )

    def digits(self, text: str) -> str:
        """Numbers the booklet writes itself, in Thai digits when that was chosen."""
        return thai_digits(text) if self.use_thai_digits else text

    def afterFlowable(self, flowable: Any) -> None:
        """Note where titles land: TOC page numbers, PDF bookmarks, the running header."""
        entry = getattr(flowable, "toc_entry", None)
        if isinstance(entry, TocEntry) and entry.key not in self.anchor_pages:
            self._place_anchor(entry)
        if getattr(flowable, "opens_chapter", False):
            self.chapter_title = getattr(flowable, "chapter_title", "")
            self._chapter_page = self.page
        if isinstance(flowable, ClosingFlowable):
            self._settle_unplaced_numbers()

    def register_entries(self, entries: list[TocEntry]) -> None:
        """The entries the contents lists (each must be placed, or gets a dash)."""
        self.toc_entries = list(entries)

    def _place_anchor(self, entry: TocEntry) -> None:
        canvas: Canvas = self.canv
        page = self.page
        self.anchor_pages[entry.key] = page
        styles = self.booklet_styles
        define_page_number(
            canvas,
            entry=entry,
            text=self.digits(str(page)),
            font_name=styles.toc_entry.fontName,
            font_size=styles.toc_entry.fontSize,
        )
        canvas.bookmarkPage(entry.form_name)
        canvas.addOutlineEntry(entry.text[:200], entry.form_name, level=entry.level)
        if self.on_anchor is not None:
            self.on_anchor(entry, page)

    def _settle_unplaced_numbers(self) -> None:
        # Every form referenced by the contents must exist when the PDF is saved.
        styles = self.booklet_styles
        for entry in self.toc_entries:
            if entry.key not in self.anchor_pages:
                define_page_number(
                    self.canv,
                    entry=entry,
                    text="–",
                    font_name=styles.toc_entry.fontName,
                    font_size=styles.toc_entry.fontSize,
                )

    def _front_furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        self._draw_page_number(canvas)

    def _body_furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        self._draw_page_number(canvas)
        if self.page != self._chapter_page and self.chapter_title:
            self._draw_running_header(canvas)

    def _draw_page_number(self, canvas: Canvas) -> None:
        styles = self.booklet_styles
        text = self.digits(str(self.page))
        size = styles.furniture_size + 1
        width = stringWidth(text, styles.furniture_font, size)
        centre = self.setup.left + self.setup.frame_width / 2
        draw_shaped_string(
            canvas,
            x=centre - width / 2,
            y=self.setup.footer_y,
            text=text,
            font_name=styles.furniture_font,
            font_size=size,
        )

    def _draw_running_header(self, canvas: Canvas) -> None:
        styles, setup = self.booklet_styles, self.setup
        text = fit_to_width(
            self.chapter_title,
            width=setup.frame_width,
            font_name=styles.furniture_font,
            font_size=styles.furniture_size,
        )
        width = stringWidth(text, styles.furniture_font, styles.furniture_size)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_shaped_string(
            canvas,
            x=setup.left + setup.frame_width - width,
            y=setup.header_y,
            text=text,
            font_name=styles.furniture_font,
            font_size=styles.furniture_size,
        )
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(RULE_WIDTH / 2)
        rule_y = setup.header_y - styles.furniture_size * 0.6
        canvas.line(setup.left, rule_y, setup.left + setup.frame_width, rule_y)
        canvas.restoreState()


def fit_to_width(text: str, *, width: float, font_name: str, font_size: float) -> str:
    """``text`` on one line of at most ``width`` points: cut after a whole word, with "…"."""
    text = " ".join(text.split())
    if stringWidth(text, font_name, font_size) <= width:
        return text
    kept = ""
    for word in segment(text):
        candidate = kept + word
        if stringWidth(candidate.rstrip() + ELLIPSIS, font_name, font_size) > width:
            break
        kept = candidate
    return kept.rstrip() + ELLIPSIS
