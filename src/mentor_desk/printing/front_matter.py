"""The booklet's foreword (คำนำ), contents (สารบัญ) and closing list of contributors.

The foreword has a default Thai text that names the area and the year; the district can
replace it. Contributors are the authors of the printed lessons whose people consented to
being published; nobody else is listed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mentor_desk.domain.records import Lesson
from mentor_desk.printing.page_setup import BookletStyles
from mentor_desk.printing.selection import shorten_area, thai_sort_key
from mentor_desk.printing.styles import BODY_FONT_SIZE
from mentor_desk.printing.tables import thai_table
from mentor_desk.printing.thai_paragraph import ThaiParagraph
from mentor_desk.printing.toc import TocEntry, TocRow, anchored

FOREWORD_HEADING = "คำนำ"
CONTENTS_HEADING = "สารบัญ"
CONTRIBUTORS_HEADING = "รายนามผู้ร่วมเขียน"
FOREWORD_SIGNATURE = "คณะผู้จัดทำ"
NUMBER_COLUMN = 14 * mm
LESSON_INDENT = 8 * mm
MAX_AREAS_PER_CONTRIBUTOR = 3


def default_foreword(*, area: str, year_be: str) -> str:
    """The foreword used when none is given; paragraphs are separated by line breaks."""
    where = f"ใน{area}" if area else ""
    return "\n".join(
        (
            f"หนังสือเล่มนี้รวบรวมบทเรียนและเรื่องเล่าความดีจากการทำงานของพี่เลี้ยงชุมชน{where} "
            f"ประจำปี พ.ศ. {year_be} ซึ่งได้ร่วมกันเยี่ยมบ้าน ดูแลครอบครัว และจัดกิจกรรมสนับสนุนครอบครัว "
            "เพื่อให้ทุกครอบครัวอบอุ่น เข้มแข็ง และปลอดจากความรุนแรง",
            "การถอดบทเรียนครั้งนี้มุ่งให้เห็นทั้งความเป็นมา สิ่งที่ทำ ผลที่เกิดขึ้น ปัจจัยความสำเร็จ "
            "ตลอดจนปัญหาและอุปสรรคที่พบ เพื่อให้ชุมชนอื่นนำไปปรับใช้ตามบริบทของตนเอง "
            "และเพื่อส่งเสริมคุณธรรมสี่ประการ คือ พอเพียง วินัย สุจริต และจิตอาสา ให้เป็นวิถีของครอบครัวและชุมชน",
            "คณะผู้จัดทำขอขอบคุณพี่เลี้ยงชุมชน ครอบครัว ผู้นำชุมชน และภาคีเครือข่ายทุกท่าน "
            "ที่ได้แบ่งปันประสบการณ์อันมีค่า และหวังเป็นอย่างยิ่งว่าหนังสือเล่มนี้จะเป็นประโยชน์ "
            "แก่ผู้ที่ทำงานเพื่อครอบครัวและชุมชนต่อไป",
        )
    )


def foreword_flowables(
    text: str, *, entry: TocEntry, styles: BookletStyles, signed: str
) -> list[Flowable]:
    """The foreword page: heading, the text's paragraphs, and who signs it."""
    flowables: list[Flowable] = [anchored(FOREWORD_HEADING, styles.part_heading, entry)]
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    flowables.extend(
        ThaiParagraph.from_plain_text(paragraph, styles.body) for paragraph in paragraphs
    )
    flowables.append(Spacer(1, styles.body.leading))
    flowables.append(ThaiParagraph.from_plain_text(FOREWORD_SIGNATURE, styles.signature))
    if signed:
        flowables.append(ThaiParagraph.from_plain_text(signed, styles.signature))
    return flowables


@dataclass(frozen=True)
class ContentsLine:
    """A line of the contents: its entry, and whether it heads a chapter."""

    entry: TocEntry
    chapter: bool = False


def contents_flowables(lines: Sequence[ContentsLine], *, styles: BookletStyles) -> list[Flowable]:
    """The contents pages: a heading and one row per entry with a page number on the right."""
    flowables: list[Flowable] = [
        ThaiParagraph.from_plain_text(CONTENTS_HEADING, styles.part_heading)
    ]
    indent = LESSON_INDENT * styles.base.body.fontSize / BODY_FONT_SIZE
    rows: list[Flowable] = []
    for line in lines:
        row = TocRow(
            line.entry,
            style=styles.toc_entry if line.entry.level else styles.toc_chapter,
            indent=indent if line.entry.level else 0,
            number_width=NUMBER_COLUMN,
        )
        if line.chapter:
            rows.append(Spacer(1, styles.toc_entry.leading * 0.35))
        rows.append(row)
    # A chapter's row never ends a page without its first lesson's row under it.
    index = 0
    while index < len(rows):
        row = rows[index]
        chapter = isinstance(row, TocRow) and row.entry.level == 0
        if chapter and index + 1 < len(rows):
            flowables.append(KeepTogether(rows[index : index + 2]))
            index += 2
        else:
            flowables.append(row)
            index += 1
    return flowables


@dataclass(frozen=True)
class Contributor:
    """An author of printed lessons, where they wrote from, and how many lessons."""

    name: str
    areas: tuple[str, ...]
    lessons: int


def consenting_contributors(lessons: Sequence[Lesson], *, home_area: str = "") -> list[Contributor]:
    """Authors of the lessons whose people consented, in Thai dictionary order."""
    areas: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for lesson in lessons:
        name = " ".join(lesson.author.split())
        if not lesson.people_consented or not name:
            continue
        counts[name] = counts.get(name, 0) + 1
        area = shorten_area(lesson.area, home_area=home_area)
        known = areas.setdefault(name, [])
        if area and area not in known:
            known.append(area)
    return [
        Contributor(name, tuple(areas[name]), counts[name])
        for name in sorted(counts, key=thai_sort_key)
    ]


def contributors_flowables(
    contributors: Sequence[Contributor],
    *,
    entry: TocEntry,
    styles: BookletStyles,
    frame_width: float,
    digits: Callable[[str], str],
) -> list[Flowable]:
    """The closing page: thanks, then a table of the contributors."""
    flowables: list[Flowable] = [
        anchored(CONTRIBUTORS_HEADING, styles.part_heading, entry),
        ThaiParagraph.from_plain_text(
            "ขอขอบคุณผู้ร่วมเขียนบทเรียนและเรื่องเล่าในหนังสือเล่มนี้ ซึ่งได้รับความยินยอมจากผู้ที่ถูกกล่าวถึงให้เผยแพร่แล้ว",
            styles.body,
        ),
        Spacer(1, styles.body.leading / 2),
    ]
    centred = _variant_centred(styles.base.table_cell)
    centred_header = _variant_centred(styles.base.table_header)
    rows: list[list[str | Flowable]] = [
        [
            ThaiParagraph.from_plain_text("ลำดับ", centred_header),
            "ชื่อ–สกุล",
            "พื้นที่",
            ThaiParagraph.from_plain_text("จำนวนเรื่อง", centred_header),
        ]
    ]
    for number, contributor in enumerate(contributors, start=1):
        shown = contributor.areas[:MAX_AREAS_PER_CONTRIBUTOR]
        more = len(contributor.areas) - len(shown)
        area = "\n".join(shown) + (f"\nและอีก {digits(str(more))} แห่ง" if more > 0 else "")
        rows.append(
            [
                ThaiParagraph.from_plain_text(digits(str(number)), centred),
                contributor.name,
                area,
                ThaiParagraph.from_plain_text(digits(str(contributor.lessons)), centred),
            ]
        )
    widths = [0.09, 0.35, 0.42, 0.14]
    flowables.append(
        thai_table(rows, col_widths=[share * frame_width for share in widths], styles=styles.base)
    )
    return flowables


def _variant_centred(style: ParagraphStyle) -> ParagraphStyle:
    centred = copy.copy(style)
    centred.alignment = TA_CENTER
    return centred
