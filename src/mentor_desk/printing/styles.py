"""The shared paragraph styles for Thai prints: one place for sizes, leading and spacing.

Thai stacks marks above and below the letters (ปั้น, ผู้ใหญ่, ฎ, ฐู), so it needs more leading
than Latin text: Sarabun's own ascent + descent is already 1.3 em, and lines set at the Latin
default of 1.2 em make the tone marks of one line touch the descenders of the line above. All
styles use ``THAI_LEADING_RATIO`` × font size, and all have ``shaping=1``.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from mentor_desk.printing.fonts import ensure_shaping

THAI_LEADING_RATIO = 1.55
# Google's Sarabun (the bundled face) is drawn larger on its body than the older TH Sarabun
# New, so 12 pt here reads like the 16 pt of Thai government forms.
BODY_FONT_SIZE = 12.0
HEADING1_FONT_SIZE = 18.0
HEADING2_FONT_SIZE = 15.0
CAPTION_FONT_SIZE = 10.0
TABLE_FONT_SIZE = 11.0


@dataclass(frozen=True)
class ThaiStyles:
    """The paragraph styles every print uses; pass them to ``ThaiParagraph``."""

    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    caption: ParagraphStyle
    table_cell: ParagraphStyle
    table_header: ParagraphStyle


def thai_leading(font_size: float) -> float:
    """The line height (leading) for Thai text of this size, in points."""
    return round(font_size * THAI_LEADING_RATIO, 2)


def thai_styles(*, scale: float = 1.0) -> ThaiStyles:
    """Build the shared Thai styles (Sarabun, shaped); ``scale`` enlarges every size together.

    Checks first that Thai shaping works (``ensure_shaping``), so no print can be made with
    colliding tone marks. Returns fresh style objects: callers may tweak their own copy.
    """
    family = ensure_shaping()

    def style(
        name: str,
        *,
        size: float,
        font: str = family.normal,
        alignment: int = TA_LEFT,
        **spacing: float,
    ) -> ParagraphStyle:
        size *= scale
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=thai_leading(size),
            shaping=1,
            alignment=alignment,
            **spacing,
        )

    body_size = BODY_FONT_SIZE * scale
    return ThaiStyles(
        body=style("ThaiBody", size=BODY_FONT_SIZE, spaceAfter=0.5 * body_size),
        heading1=style(
            "ThaiHeading1",
            size=HEADING1_FONT_SIZE,
            font=family.bold,
            spaceBefore=body_size,
            spaceAfter=0.5 * body_size,
            keepWithNext=1,
        ),
        heading2=style(
            "ThaiHeading2",
            size=HEADING2_FONT_SIZE,
            font=family.bold,
            spaceBefore=0.75 * body_size,
            spaceAfter=0.25 * body_size,
            keepWithNext=1,
        ),
        caption=style(
            "ThaiCaption",
            size=CAPTION_FONT_SIZE,
            font=family.italic,
            alignment=TA_CENTER,
            spaceBefore=0.25 * body_size,
            spaceAfter=0.5 * body_size,
        ),
        table_cell=style("ThaiTableCell", size=TABLE_FONT_SIZE),
        table_header=style("ThaiTableHeader", size=TABLE_FONT_SIZE, font=family.bold),
    )
