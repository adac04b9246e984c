"""Page geometry and paragraph styles of the booklet, for A4 and A5.

One place for the margins, colours and sizes of a booklet. All styles derive from the shared
Thai styles (``styles.thai_styles``: Sarabun, shaped, 1.55 × leading), scaled down a little
for A5 so that a line still holds a useful number of words.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import Enum

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from mentor_desk.printing.fonts import SARABUN
from mentor_desk.printing.styles import ThaiStyles, thai_leading, thai_styles

ACCENT = colors.Color(0.122, 0.435, 0.361)  # #1f6f5c, the app's calm green
ACCENT_LIGHT = colors.Color(0.85, 0.91, 0.89)
MUTED = colors.Color(0.36, 0.38, 0.40)
RULE_WIDTH = 0.6


class PageSize(Enum):
    """The paper sizes a booklet can be printed on."""

    A4 = "A4"
    A5 = "A5"


@dataclass(frozen=True)
class PageSetup:
    """Paper size, margins (points), text scale and photo columns of one booklet format."""

    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float
    scale: float
    photo_columns: int

    @property
    def frame_width(self) -> float:
        """Width of the text column."""
        return self.size[0] - self.left - self.right

    @property
    def frame_height(self) -> float:
        """Height of the text column."""
        return self.size[1] - self.top - self.bottom

    @property
    def header_y(self) -> float:
        """Baseline of the running header, inside the top margin."""
        return float(self.size[1] - self.top + 9 * mm * self.scale)

    @property
    def footer_y(self) -> float:
        """Baseline of the page number, inside the bottom margin."""
        return float(self.bottom - 12 * mm * self.scale)


PAGE_SETUPS: dict[PageSize, PageSetup] = {
    # Generous margins: a booklet is bound on the left and read with thumbs on the edges.
    PageSize.A4: PageSetup(
        size=A4,
        left=25 * mm,
        right=22 * mm,
        top=27 * mm,
        bottom=25 * mm,
        scale=1.0,
        photo_columns=2,
    ),
    PageSize.A5: PageSetup(
        size=A5,
        left=17 * mm,
        right=15 * mm,
        top=21 * mm,
        bottom=20 * mm,
        scale=0.9,
        photo_columns=1,
    ),
}


@dataclass(frozen=True)
class BookletStyles:
    """Every paragraph style a booklet uses."""

    base: ThaiStyles
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_note: ParagraphStyle
    part_heading: ParagraphStyle
    chapter_label: ParagraphStyle
    chapter_title: ParagraphStyle
    lesson_title: ParagraphStyle
    lesson_meta: ParagraphStyle
    section_heading: ParagraphStyle
    body: ParagraphStyle
    caption: ParagraphStyle
    signature: ParagraphStyle
    toc_chapter: ParagraphStyle
    toc_entry: ParagraphStyle
    furniture_font: str
    furniture_size: float


def booklet_styles(setup: PageSetup) -> BookletStyles:
    """The styles for a booklet in this page format."""
    base = thai_styles(scale=setup.scale)
    scale = setup.scale
    body = _variant(base.body, "BookletBody", allowWidows=0, allowOrphans=0, firstLineIndent=0)
    return BookletStyles(
        base=base,
        cover_title=_sized(base.heading1, "CoverTitle", 30 * scale, TA_CENTER, textColor=ACCENT),
        cover_subtitle=_sized(base.body, "CoverSubtitle", 16 * scale, TA_CENTER),
        cover_note=_sized(base.body, "CoverNote", 14 * scale, TA_CENTER, textColor=MUTED),
        part_heading=_sized(
            base.heading1,
            "PartHeading",
            22 * scale,
            TA_CENTER,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10 * scale,
        ),
        chapter_label=_sized(
            base.heading2, "ChapterLabel", 13 * scale, TA_LEFT, textColor=MUTED, spaceBefore=0
        ),
        chapter_title=_sized(
            base.heading1,
            "ChapterTitle",
            24 * scale,
            TA_LEFT,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=6 * scale,
        ),
        lesson_title=_sized(
            base.heading1, "LessonTitle", 19 * scale, TA_LEFT, spaceBefore=0, spaceAfter=3 * scale
        ),
        lesson_meta=_sized(
            base.body, "LessonMeta", 10.5 * scale, TA_LEFT, textColor=MUTED, spaceAfter=0
        ),
        section_heading=_variant(
            base.heading2,
            "SectionHeading",
            fontSize=14 * scale,
            leading=thai_leading(14 * scale),
            textColor=ACCENT,
            keepWithNext=0,  # a CondPageBreak keeps it with the first lines instead
        ),
        body=body,
        caption=_variant(base.caption, "BookletCaption", textColor=MUTED, spaceBefore=2 * scale),
        signature=_variant(base.body, "Signature", alignment=TA_RIGHT),
        toc_chapter=_sized(base.body, "TocChapter", 12.5 * scale, TA_LEFT, fontName=SARABUN.bold),
        toc_entry=_sized(base.body, "TocEntry", 11.5 * scale, TA_LEFT, spaceAfter=0),
        furniture_font=base.body.fontName,
        furniture_size=9.5 * scale,
    )


def _variant(style: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    fresh = copy.copy(style)
    fresh.name = name
    for key, value in changes.items():
        setattr(fresh, key, value)
    return fresh


def _sized(
    style: ParagraphStyle, name: str, size: float, alignment: int, **changes: object
) -> ParagraphStyle:
    return _variant(
        style,
        name,
        fontSize=size,
        leading=thai_leading(size),
        alignment=alignment,
        keepWithNext=0,
        **changes,
    )
