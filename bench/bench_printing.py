"""Printing figures: a lesson-learned booklet with Thai typography against plain ReportLab
laying out the same text and photos without Thai line breaking, in the same run."""

from __future__ import annotations

import copy
import dataclasses
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
)
from reportlab.platypus import (
    Image as PlatypusImage,
)

from mentor_desk.demo import generate
from mentor_desk.domain.records import Lesson, Photo
from mentor_desk.domain.thai_words import _segment_cached
from mentor_desk.printing.actual_text import forget_shaped_words
from mentor_desk.printing.booklet import BookletResult, build_booklet
from mentor_desk.printing.extraction import measure_lines_on_pages
from mentor_desk.printing.lesson_pages import (
    SECTIONS,
    lesson_meta,
    photo_cell_size,
    text_paragraphs,
)
from mentor_desk.printing.page_setup import PAGE_SETUPS, PageSize, booklet_styles
from mentor_desk.printing.pdf_settings import use_binary_streams
from mentor_desk.store import Store

from common import Row, timed

PHOTOS_PER_LESSON = 2
forget_segmented_words = _segment_cached.cache_clear
PHOTO_SIZE = (2560, 1920)  # the largest a stored photo can be (store.attachments)


@dataclasses.dataclass
class BenchSource:
    """Lessons from the demo, each given two stored-size photos."""

    lesson_list: list[Lesson]
    photos: dict[str, Path]

    def lessons(self) -> Sequence[Lesson]:
        return self.lesson_list

    def photo_path(self, sha256: str) -> Path:
        return self.photos[sha256]

    def place_name(self, subdistrict_code: str) -> str:
        return ""

    def home_area(self) -> str:
        return "อำเภอน้ำพอง จังหวัดขอนแก่น"


def rows(*, quick: bool) -> list[Row]:
    count = 10 if quick else 100
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        source = _source(root, count)
        use_binary_streams()  # both sides write the same kind of streams
        results: list[BookletResult] = []

        def booklet() -> None:
            # Cold caches each time: no word segmented or shaped by an earlier run.
            forget_segmented_words()
            forget_shaped_words()
            results.append(build_booklet(source, path=root / "booklet.pdf"))

        ours = timed(booklet, repeat=2)
        baseline = timed(lambda: _plain_reportlab(source, root / "plain.pdf"), repeat=2)
        result = results[-1]
        share = _exact_share(result)
        return [
            Row(
                f"booklet of {count} lessons x {PHOTOS_PER_LESSON} photos (A4)",
                ours,
                "plain ReportLab Paragraph, same text+photos",
                baseline,
                note=f"{result.pages} pages; exact text lines {share:.1%}",
            )
        ]


def _source(root: Path, count: int) -> BenchSource:
    with Store(root / "demo") as store:
        generate(store, seed=1, visits=max(40, count * 2), lessons=count)
        lessons = [r for r in store.records("lessons") if isinstance(r, Lesson)]
    photos: dict[str, Path] = {}
    with_photos: list[Lesson] = []
    for index, lesson in enumerate(lessons):
        own: list[Photo] = []
        for number in range(PHOTOS_PER_LESSON):
            key = f"{index}-{number}"
            photos[key] = _photo(root / f"{key}.jpg", seed=index * PHOTOS_PER_LESSON + number)
            own.append(Photo(key, f"ภาพที่ {number + 1} ของ{lesson.title[:40]}"))
        with_photos.append(dataclasses.replace(lesson, photos=tuple(own)))
    return BenchSource(with_photos, photos)


def _photo(path: Path, *, seed: int) -> Path:
    image = Image.new("RGB", PHOTO_SIZE, (40 + seed % 180, 120, 200 - seed % 150))
    draw = ImageDraw.Draw(image)
    for step in range(0, PHOTO_SIZE[0], 160):
        draw.ellipse((step, (seed * 37 + step) % 1500, step + 300, (seed * 37 + step) % 1500 + 300))
    image.save(path, format="JPEG", quality=85)
    return path


def _plain_reportlab(source: BenchSource, path: Path) -> None:
    """The same words and photos with ReportLab's own Paragraph: Sarabun, shaped, but lines
    broken only at spaces (long Thai runs overflow; splitLongWords is off because ReportLab
    cannot split shaped Thai words)."""
    setup = PAGE_SETUPS[PageSize.A4]
    styles = booklet_styles(setup)

    def plain(style: ParagraphStyle) -> ParagraphStyle:
        fresh = copy.copy(style)
        fresh.splitLongWords = 0
        return fresh

    body, heading, title = (
        plain(styles.body),
        plain(styles.section_heading),
        plain(styles.lesson_title),
    )
    meta, caption = plain(styles.lesson_meta), plain(styles.caption)
    width, height = photo_cell_size(setup)
    story: list[Flowable] = []
    for lesson in source.lessons():
        story.append(Paragraph(lesson.title, title))
        story.extend(Paragraph(line, meta) for line in lesson_meta(lesson, digits=str))
        for field, label in SECTIONS:
            paragraphs = text_paragraphs(getattr(lesson, field))
            if paragraphs:
                story.append(Paragraph(label, heading))
                story.extend(Paragraph(text, body) for text in paragraphs)
        cells = []
        for photo in lesson.photos:
            fitted = min(width / PHOTO_SIZE[0], height / PHOTO_SIZE[1])
            image = PlatypusImage(
                str(source.photo_path(photo.sha256)),
                width=PHOTO_SIZE[0] * fitted,
                height=PHOTO_SIZE[1] * fitted,
            )
            cells.append([image, Paragraph(photo.caption, caption)])
        story.append(Table([cells], colWidths=[setup.frame_width / len(cells)] * len(cells)))
        story.append(PageBreak())
    document = SimpleDocTemplate(
        str(path),
        pagesize=setup.size,
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
        initialFontName=styles.body.fontName,
    )
    document.build(story)


def _exact_share(result: BookletResult) -> float:
    """Share of the laid-out lines of the lessons' text that pdftotext gives back exactly."""
    return measure_lines_on_pages(result.path, result.laid_out_lines).share
