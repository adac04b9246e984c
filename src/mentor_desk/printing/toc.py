"""A table of contents whose page numbers are right by construction, in one layout pass.

ReportLab's usual TOC needs the whole document laid out two or three times. Here each page
number in the TOC is a PDF form XObject: the TOC row draws a reference to the form
``toc-<key>`` where its number belongs, and the form itself is written only when the titled
flowable (an ``AnchoredParagraph``) is placed on its page. PDF allows a form to be defined
after it is used, so the TOC costs one pass and shows exactly the page the title landed on.
The number's width is unknown when the row is drawn, so numbers sit right-aligned in a fixed
column and the dot leader stops before that column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from mentor_desk.printing.actual_text import draw_shaped_string
from mentor_desk.printing.thai_paragraph import ThaiParagraph

LEADER_GAP = 4.0  # points between text, dots and number
LEADER_DASH = (0.6, 2.6)  # a dotted leader: short dashes with round caps


@dataclass(frozen=True)
class TocEntry:
    """One line of the contents: a unique key, its depth (0 or 1) and its text."""

    key: str
    level: int
    text: str

    @property
    def form_name(self) -> str:
        """The PDF form holding this entry's page number."""
        return f"toc{self.key}"


class AnchoredParagraph(ThaiParagraph):
    """A title that has a TOC entry; the document notes the page it is placed on.

    When ReportLab splits the paragraph across pages, the first part keeps the entry, so the
    page recorded is the one where the title begins.
    """

    toc_entry: TocEntry | None = None
    opens_chapter: bool = False  # a chapter starts here (the running header changes)
    chapter_title: str = ""

    def split(self, available_width: float, available_height: float) -> list[Any]:
        """Split as a ThaiParagraph does; the entry stays with the first part."""
        parts: list[Any] = super().split(available_width, available_height)
        if parts and parts[0] is not self:
            parts[0].toc_entry = self.toc_entry
            for part in parts[1:]:
                part.toc_entry = None
        return parts


def anchored(text: str, style: ParagraphStyle, entry: TocEntry) -> AnchoredParagraph:
    """A title paragraph (plain text, shown literally) carrying a TOC entry."""
    paragraph = AnchoredParagraph.from_plain_text(text, style)
    paragraph.toc_entry = entry
    return paragraph


def define_page_number(
    canvas: Canvas, *, entry: TocEntry, text: str, font_name: str, font_size: float
) -> None:
    """Write the form with an entry's page number, right-aligned on its origin."""
    width = stringWidth(text, font_name, font_size)
    canvas.beginForm(
        entry.form_name,
        lowerx=-width - 1,
        lowery=-font_size,
        upperx=1,
        uppery=2 * font_size,
    )
    draw_shaped_string(canvas, x=-width, y=0, text=text, font_name=font_name, font_size=font_size)
    canvas.endForm()


class TocRow(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One row of the contents: the entry's text, a dotted leader and its page number.

    ``number_width`` is the fixed column the (not yet known) number is right-aligned in.
    """

    def __init__(
        self,
        entry: TocEntry,
        *,
        style: ParagraphStyle,
        indent: float,
        number_width: float,
        leader: bool = True,
        paragraph_factory: Callable[[str, ParagraphStyle], ThaiParagraph] = (
            ThaiParagraph.from_plain_text
        ),
    ) -> None:
        super().__init__()
        self.entry = entry
        self.style = style
        self.indent = indent
        self.number_width = number_width
        self.leader = leader
        self.paragraph = paragraph_factory(entry.text, style)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._width = 0.0
        self._height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The row takes the full width; the text wraps before the number column."""
        text_width = available_width - self.indent - self.number_width - 2 * LEADER_GAP
        _, height = self.paragraph.wrap(text_width, available_height)
        self._width, self._height = available_width, height
        return available_width, height

    def draw(self) -> None:
        """Draw the text, the leader along its last line and the page number form."""
        canvas = self.canv
        self.paragraph.drawOn(canvas, self.indent, 0)
        lines = len(self.paragraph.blPara.lines)
        size = self.style.fontSize
        baseline = (
            self._height - getAscent(self.style.fontName, size) - (lines - 1) * (self.style.leading)
        )
        number_right = self._width
        if self.leader:
            last_width = self.paragraph.getActualLineWidths0()[-1]
            start = self.indent + last_width + LEADER_GAP
            end = number_right - self.number_width - LEADER_GAP
            if end > start:
                canvas.saveState()
                canvas.setLineWidth(0.9)
                canvas.setLineCap(1)
                canvas.setDash(*LEADER_DASH)
                canvas.setStrokeGray(0.45)
                canvas.line(start, baseline + 1, end, baseline + 1)
                canvas.restoreState()
        canvas.saveState()
        canvas.translate(number_right, baseline)
        canvas.doForm(self.entry.form_name)
        canvas.restoreState()
