"""One lesson as booklet pages: title, a line about who and where, the template's sections,
then its photos with captions.

Sections follow the lesson-learned template (ความเป็นมาและบริบท, สิ่งที่ทำ, ผลที่เกิดขึ้น,
ปัจจัยความสำเร็จ, ปัญหาและอุปสรรค, ข้อเสนอแนะ); empty ones are left out. A section heading is
never left alone at the foot of a page: a conditional page break keeps it with at least its
first lines. Photos sit in a grid (two columns on A4, one on A5), each scaled to fit its cell
and a page, with its caption underneath.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.records import Lesson
from mentor_desk.printing.booklet_document import BodyParagraph
from mentor_desk.printing.fonts import SARABUN
from mentor_desk.printing.page_setup import ACCENT, RULE_WIDTH, BookletStyles, PageSetup
from mentor_desk.printing.photos import PhotoFlowable, PrintPhoto
from mentor_desk.printing.selection import shorten_area
from mentor_desk.printing.thai_paragraph import ThaiParagraph
from mentor_desk.printing.toc import TocEntry, anchored

SECTIONS: tuple[tuple[str, str], ...] = (
    ("context", "ความเป็นมาและบริบท"),
    ("actions", "สิ่งที่ทำ"),
    ("results", "ผลที่เกิดขึ้น"),
    ("success_factors", "ปัจจัยความสำเร็จ"),
    ("challenges", "ปัญหาและอุปสรรค"),
    ("recommendations", "ข้อเสนอแนะ"),
)
PHOTOS_HEADING = "ภาพประกอบ"
PHOTO_GAP = 6 * mm
# A photo takes at most this share of the text column's height, so two rows fit a page
# with their captions; a photo's height is also capped relative to its cell's width.
PHOTO_MAX_HEIGHT_SHARE = 0.40
PHOTO_MAX_ASPECT = 1.3
# A heading needs this many lines of its text after it on the same page.
LINES_KEPT_WITH_HEADING = 3
# Rows of photos taller than this share of a page are stacked instead (very long captions).
PHOTO_ROW_MAX_SHARE = 0.9


@dataclass(frozen=True)
class CaptionedPhoto:
    """A photo ready for the page and the caption the mentor wrote for it."""

    photo: PrintPhoto
    caption: str


def photo_cell_size(setup: PageSetup) -> tuple[float, float]:
    """The largest (width, height) in points a photo may take in this page format."""
    columns = setup.photo_columns
    width = (setup.frame_width - PHOTO_GAP * (columns - 1)) / columns
    height = min(setup.frame_height * PHOTO_MAX_HEIGHT_SHARE, width * PHOTO_MAX_ASPECT)
    return width, height


def lesson_meta(lesson: Lesson, *, digits: Callable[[str], str], home_area: str = "") -> list[str]:
    """The lines under a lesson's title: kind, author and place; period; virtues."""
    first = [vocab.LESSON_KIND.label(lesson.kind)]
    if lesson.author.strip():
        first.append(f"เขียนโดย {' '.join(lesson.author.split())}")
    area = shorten_area(lesson.area, home_area=home_area)
    if area:
        first.append(area)
    lines = ["  •  ".join(first)]
    start = format_iso(lesson.period_start)
    end = format_iso(lesson.period_end)
    if start or end:
        period = f"{start} – {end}" if start and end and start != end else start or end
        lines.append(f"ช่วงเวลา {digits(period)}")
    if lesson.virtues:
        labels = [term.th for term in vocab.VIRTUE.terms if term.key in lesson.virtues]
        lines.append("คุณธรรมที่ส่งเสริม " + " ".join(labels))
    return lines


def lesson_flowables(
    lesson: Lesson,
    *,
    entry: TocEntry,
    styles: BookletStyles,
    setup: PageSetup,
    photos: Sequence[CaptionedPhoto],
    digits: Callable[[str], str],
    home_area: str = "",
) -> list[Flowable]:
    """The flowables of one lesson, starting with its (anchored) title."""
    flowables: list[Flowable] = [anchored(entry.text, styles.lesson_title, entry)]
    flowables.extend(
        ThaiParagraph.from_plain_text(line, styles.lesson_meta)
        for line in lesson_meta(lesson, digits=digits, home_area=home_area)
    )
    flowables.append(
        HRFlowable(
            width="100%",
            thickness=RULE_WIDTH,
            color=ACCENT,
            spaceBefore=4 * setup.scale,
            spaceAfter=2 * setup.scale,
        )
    )
    for field, heading in SECTIONS:
        paragraphs = text_paragraphs(getattr(lesson, field))
        if not paragraphs:
            continue
        flowables.append(_keep_with_following(styles, heading_style_height(styles)))
        flowables.append(ThaiParagraph.from_plain_text(heading, styles.section_heading))
        for text in paragraphs:
            flowables.extend(BodyParagraph.in_pieces(text, styles.body, width=setup.frame_width))
    if photos:
        flowables.extend(photo_flowables(photos, styles=styles, setup=setup))
    return flowables


def text_paragraphs(text: str) -> list[str]:
    """A section's text as paragraphs: one per non-empty line, spaces tidied."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def heading_style_height(styles: BookletStyles) -> float:
    """Room a section heading needs, spacing included."""
    heading = styles.section_heading
    return float(heading.spaceBefore + heading.leading + heading.spaceAfter)


def _keep_with_following(styles: BookletStyles, heading_height: float) -> CondPageBreak:
    return CondPageBreak(heading_height + LINES_KEPT_WITH_HEADING * styles.body.leading)


def photo_flowables(
    photos: Sequence[CaptionedPhoto], *, styles: BookletStyles, setup: PageSetup
) -> list[Flowable]:
    """A heading and the photos in rows, each photo with its caption underneath."""
    cell_width, cell_height = photo_cell_size(setup)
    columns = setup.photo_columns
    blocks = [
        _photo_block(item, styles=styles, width=cell_width, height=cell_height) for item in photos
    ]
    rows = [blocks[i : i + columns] for i in range(0, len(blocks), columns)]
    heading = ThaiParagraph.from_plain_text(PHOTOS_HEADING, styles.section_heading)
    flowables: list[Flowable] = []
    for index, row in enumerate(rows):
        row_flowable = _photo_row(row, columns=columns, cell_width=cell_width, setup=setup)
        if index == 0:
            flowables.append(KeepTogether([heading, row_flowable]))
        else:
            flowables.append(row_flowable)
    return flowables


def _photo_block(
    item: CaptionedPhoto, *, styles: BookletStyles, width: float, height: float
) -> list[Flowable]:
    photo_width, photo_height = item.photo.fitted_size(max_width=width, max_height=height)
    block: list[Flowable] = [PhotoFlowable(item.photo, width=photo_width, height=photo_height)]
    if item.caption.strip():
        block.append(ThaiParagraph.from_plain_text(" ".join(item.caption.split()), styles.caption))
    else:
        block.append(Spacer(1, styles.caption.spaceAfter))
    return block


def _photo_row(
    row: list[list[Flowable]], *, columns: int, cell_width: float, setup: PageSetup
) -> Flowable:
    tallest = max(_block_height(block, cell_width, setup) for block in row)
    if tallest > setup.frame_height * PHOTO_ROW_MAX_SHARE:
        # A caption too long for a row on one page: stack photo and caption so they can split.
        return KeepTogether([flowable for block in row for flowable in block])
    cells = row + [[Spacer(1, 1)]] * (columns - len(row))
    table = Table(
        [cells],
        colWidths=[cell_width + (PHOTO_GAP if i < columns - 1 else 0) for i in range(columns)],
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        # The table selects a cell font even for flowable cells; Sarabun keeps the PDF free
        # of fonts that are not embedded.
        ("FONTNAME", (0, 0), (-1, -1), SARABUN.normal),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if columns > 1:
        commands.append(("RIGHTPADDING", (0, 0), (columns - 2, 0), PHOTO_GAP))
    table.setStyle(TableStyle(commands))
    return table


def _block_height(block: list[Flowable], width: float, setup: PageSetup) -> float:
    return sum(
        float(flowable.wrap(width, setup.frame_height)[1])
        + float(flowable.getSpaceBefore())
        + float(flowable.getSpaceAfter())
        for flowable in block
    )
