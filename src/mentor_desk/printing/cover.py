"""The booklet's cover: title, area, Buddhist Era year and an optional photo, on one page.

The cover is one flowable that fills the text frame and places its parts itself, so a long
title shrinks to fit instead of pushing the year onto a second page. Without a photo, the
four virtues of the plan stand in the middle of the page.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from mentor_desk.domain import vocab
from mentor_desk.printing.page_setup import ACCENT, ACCENT_LIGHT, BookletStyles, PageSetup
from mentor_desk.printing.photos import PhotoFlowable, PrintPhoto
from mentor_desk.printing.styles import thai_leading
from mentor_desk.printing.thai_paragraph import ThaiParagraph

TITLE_MAX_SHARE = 0.40  # of the frame height
TITLE_MIN_SIZE = 13.0
TITLE_SIZE_STEP = 0.9
PHOTO_MAX_WIDTH_SHARE = 0.86
BAND_HEIGHT = 9 * mm
LABEL_SHARE_OF_DIAMETER = 0.78  # a virtue's name keeps clear of its circle


@dataclass(frozen=True)
class CoverText:
    """What the cover says."""

    title: str
    subtitle: str
    year_line: str
    organisation: str


class CoverPage(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The whole cover; draws bands at the page edges as well (it knows the page setup)."""

    def __init__(
        self,
        text: CoverText,
        *,
        styles: BookletStyles,
        setup: PageSetup,
        photo: PrintPhoto | None,
    ) -> None:
        super().__init__()
        self.text = text
        self.styles = styles
        self.setup = setup
        self.photo = photo
        self._size = (setup.frame_width, setup.frame_height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Fills the frame (a hair less, so rounding never pushes it to another page)."""
        self._size = (available_width, available_height - 0.01)
        return self._size

    def draw(self) -> None:
        """Lay out and draw the cover."""
        canvas = self.canv
        width, height = self._size
        self._draw_bands()
        title = self._fitted_title(width, height * TITLE_MAX_SHARE)
        _, title_height = title.wrap(width, height)
        top = height - 0.08 * height
        title.drawOn(canvas, 0, top - title_height)
        y = top - title_height - 5 * mm
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.4)
        canvas.line(width / 2 - 18 * mm, y, width / 2 + 18 * mm, y)
        canvas.restoreState()
        y -= 5 * mm
        if self.text.subtitle:
            subtitle = ThaiParagraph.from_plain_text(self.text.subtitle, self.styles.cover_subtitle)
            _, sub_height = subtitle.wrap(width, height)
            subtitle.drawOn(canvas, 0, y - sub_height)
            y -= sub_height
        bottom = self._draw_foot(width)
        middle_top, middle_bottom = y - 8 * mm, bottom + 8 * mm
        if self.photo is not None and middle_top - middle_bottom > 20 * mm:
            self._draw_photo(width, middle_top, middle_bottom)
        elif middle_top - middle_bottom > 20 * mm:
            self._draw_virtues(width, (middle_top + middle_bottom) / 2)

    def _fitted_title(self, width: float, max_height: float) -> ThaiParagraph:
        style: ParagraphStyle = copy.copy(self.styles.cover_title)
        while True:
            title = ThaiParagraph.from_plain_text(self.text.title, style)
            _, title_height = title.wrap(width, 10 * max_height)
            if title_height <= max_height or style.fontSize <= TITLE_MIN_SIZE:
                return title
            style = copy.copy(style)
            style.fontSize = max(TITLE_MIN_SIZE, style.fontSize * TITLE_SIZE_STEP)
            style.leading = thai_leading(style.fontSize)

    def _draw_foot(self, width: float) -> float:
        y = 0.0
        for text, style in (
            (self.text.organisation, self.styles.cover_note),
            (self.text.year_line, self.styles.cover_subtitle),
        ):
            if not text:
                continue
            paragraph = ThaiParagraph.from_plain_text(text, style)
            _, paragraph_height = paragraph.wrap(width, 200)
            paragraph.drawOn(self.canv, 0, y)
            y += paragraph_height + 1 * mm
        return y

    def _draw_photo(self, width: float, top: float, bottom: float) -> None:
        assert self.photo is not None
        photo_width, photo_height = self.photo.fitted_size(
            max_width=width * PHOTO_MAX_WIDTH_SHARE, max_height=top - bottom
        )
        y = bottom + (top - bottom - photo_height) / 2
        x = (width - photo_width) / 2
        flowable = PhotoFlowable(self.photo, width=photo_width, height=photo_height)
        flowable.wrap(photo_width, photo_height)
        flowable.drawOn(self.canv, x, y)
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        inset = 2.5 * mm
        canvas.rect(x - inset, y - inset, photo_width + 2 * inset, photo_height + 2 * inset)
        canvas.restoreState()

    def _draw_virtues(self, width: float, centre_y: float) -> None:
        # The plan's four virtues as four linked circles: the booklet's theme at a glance.
        canvas = self.canv
        terms = vocab.VIRTUE.terms
        step = width / len(terms)
        radius = min(step * 0.38, 19 * mm)
        style = copy.copy(self.styles.cover_subtitle)
        style.textColor = ACCENT
        style.fontName = self.styles.chapter_title.fontName
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(step / 2, centre_y, width - step / 2, centre_y)
        widest = max(stringWidth(term.th, style.fontName, style.fontSize) for term in terms)
        if widest > LABEL_SHARE_OF_DIAMETER * 2 * radius:
            style.fontSize *= LABEL_SHARE_OF_DIAMETER * 2 * radius / widest
            style.leading = thai_leading(style.fontSize)
        for index, term in enumerate(terms):
            x = step * (index + 0.5)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.circle(x, centre_y, radius, stroke=1, fill=1)
            label = ThaiParagraph.from_plain_text(term.th, style)
            _, label_height = label.wrap(2 * radius, 200)
            label.drawOn(canvas, x - radius, centre_y - label_height / 2 + style.fontSize * 0.1)
        canvas.restoreState()

    def _draw_bands(self) -> None:
        # Bands across the page's top and bottom edges, in page coordinates.
        canvas, setup = self.canv, self.setup
        page_width, page_height = setup.size
        canvas.saveState()
        canvas.translate(-setup.left, -setup.bottom)
        canvas.setFillColor(ACCENT)
        canvas.setStrokeColor(ACCENT)
        canvas.rect(0, page_height - BAND_HEIGHT, page_width, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(ACCENT_LIGHT)
        canvas.rect(0, 0, page_width, BAND_HEIGHT * 1.6, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, 0, page_width, BAND_HEIGHT * 0.5, stroke=0, fill=1)
        canvas.restoreState()
