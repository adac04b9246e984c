"""Lesson-learned booklets (หนังสือถอดบทเรียน): the lessons a district chose, printed as a book.

``build_booklet(source, path=..., selection=..., options=...)`` chooses the lessons
(``selection``), groups them into chapters, and writes one PDF: cover, foreword, contents
with page numbers, the lessons under their template headings with photos and captions, and
the contributors who consented. The PDF appears at ``path`` only once it is complete.

Data comes through a ``BookletSource`` the caller passes in (the store provides one in
``mentor_desk.store.print_queries``), so this module needs nothing but the domain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from mentor_desk.domain.dates import THAI_MONTHS, be_year, thai_digits
from mentor_desk.domain.records import Lesson
from mentor_desk.printing.booklet_document import (
    BookletDocument,
    ClosingFlowable,
    LaidOutLine,
    collect_laid_out_lines,
    stop_collecting,
)
from mentor_desk.printing.cover import CoverPage, CoverText
from mentor_desk.printing.errors import EmptySelectionError
from mentor_desk.printing.front_matter import (
    ContentsLine,
    consenting_contributors,
    contents_flowables,
    contributors_flowables,
    default_foreword,
    foreword_flowables,
)
from mentor_desk.printing.lesson_pages import CaptionedPhoto, lesson_flowables, photo_cell_size
from mentor_desk.printing.output import write_atomically
from mentor_desk.printing.page_setup import PAGE_SETUPS, PageSize, booklet_styles
from mentor_desk.printing.photos import PhotoProblem, PrintPhoto, load_print_photo
from mentor_desk.printing.selection import (
    Chapter,
    ChapterMode,
    LessonSelection,
    arrange_chapters,
    select_lessons,
)
from mentor_desk.printing.thai_paragraph import ThaiParagraph
from mentor_desk.printing.toc import TocEntry, anchored

DEFAULT_TITLE = "ถอดบทเรียนพี่เลี้ยงชุมชน"
CHAPTER_LABEL = "บทที่"
UNTITLED = "(ไม่มีชื่อเรื่อง)"


class BookletSource(Protocol):
    """Where a booklet's data comes from (the store provides one; tests may fake it)."""

    def lessons(self) -> Sequence[Lesson]:
        """Every lesson that could be printed."""
        ...

    def photo_path(self, sha256: str) -> Path:
        """The file of a stored photo (it may be missing or damaged)."""
        ...

    def place_name(self, subdistrict_code: str) -> str:
        """The Thai name of a subdistrict, or "" if unknown."""
        ...

    def home_area(self) -> str:
        """The area this data folder works in, e.g. "อำเภอน้ำพอง จังหวัดขอนแก่น", or ""."""
        ...


class BuildProgress(Protocol):
    """Progress of a long print: reports steps and may stop the job (raising) in ``check``."""

    def report(self, done: int, total: int, text: str) -> None:
        """Say how far the job is."""
        ...

    def check(self) -> None:
        """Raise if the user asked to stop."""
        ...


@dataclass(frozen=True, kw_only=True)
class BookletOptions:
    """How the booklet looks: title, foreword, chapters, paper, digits, year, cover photo.

    ``foreword=None`` uses the default Thai foreword; ``subtitle``/``organisation`` empty use
    what the selection and the data folder say; ``year_be=None`` uses the year of the latest
    lesson period (else the print date).
    """

    title: str = DEFAULT_TITLE
    subtitle: str = ""
    organisation: str = ""
    foreword: str | None = None
    chapters: ChapterMode = ChapterMode.VILLAGE
    page_size: PageSize = PageSize.A4
    thai_digits: bool = False
    year_be: int | None = None
    cover_photo: Path | None = None
    printed_on: dt.date | None = None


@dataclass(frozen=True)
class ContentsPage:
    """Where an entry of the contents ended up."""

    text: str
    level: int
    page: int


@dataclass
class BookletResult:
    """What was printed, for the caller to report."""

    path: Path
    pages: int
    lessons: int
    photos: int
    contents: list[ContentsPage]
    problems: list[PhotoProblem]
    # The lines of the lessons' text as laid out, with their pages (for the text-layer check).
    laid_out_lines: list[LaidOutLine] = field(default_factory=list)


def build_booklet(
    source: BookletSource,
    *,
    path: Path,
    selection: LessonSelection | None = None,
    options: BookletOptions | None = None,
    progress: BuildProgress | None = None,
) -> BookletResult:
    """Print the selected lessons as a booklet to ``path`` (written whole, or not at all).

    Raises EmptySelectionError when no lesson matches, PrintOutputError when the file cannot
    be written. Photos that are missing or damaged are left out and listed in ``problems``.
    """
    selection = selection or LessonSelection()
    options = options or BookletOptions()
    lessons = select_lessons(source.lessons(), selection)
    if not lessons:
        raise EmptySelectionError(
            "ไม่มีบทเรียนที่ตรงกับเงื่อนไขที่เลือก ลองเปลี่ยนประเภท สถานะ คุณธรรม พื้นที่ หรือช่วงเวลา",
            "no lesson matches the selection",
        )
    builder = _BookletBuilder(source, options=options, lessons=lessons, progress=progress)
    return write_atomically(path, lambda temporary: builder.build(temporary, final_path=path))


class _BookletBuilder:
    """Puts one booklet together (one instance per build)."""

    def __init__(
        self,
        source: BookletSource,
        *,
        options: BookletOptions,
        lessons: list[Lesson],
        progress: BuildProgress | None,
    ) -> None:
        self.source = source
        self.options = options
        self.lessons = lessons
        self.progress = progress
        self.setup = PAGE_SETUPS[options.page_size]
        self.styles = booklet_styles(self.setup)
        self.problems: list[PhotoProblem] = []
        self.photo_count = 0
        photo_steps = sum(len(lesson.photos) for lesson in lessons)
        self.total_steps = photo_steps + len(lessons)
        self.steps_done = 0
        self.home_area = source.home_area()

    def digits(self, text: str) -> str:
        return thai_digits(text) if self.options.thai_digits else text

    def build(self, temporary: Path, *, final_path: Path) -> BookletResult:
        chapters = arrange_chapters(
            self.lessons,
            mode=self.options.chapters,
            place_name=self.source.place_name,
            home_area=self.home_area,
        )
        year = self.digits(str(self._year_be()))
        area = self.options.subtitle or self._area_text()
        document = BookletDocument(
            str(temporary),
            setup=self.setup,
            styles=self.styles,
            title=self.options.title.strip() or DEFAULT_TITLE,
            use_thai_digits=self.options.thai_digits,
            on_anchor=self._on_anchor,
        )
        story, contents = self._story(chapters, year=year, area=area)
        document.register_entries([line.entry for line in contents])
        lines: list[LaidOutLine] = []
        token = collect_laid_out_lines(lines)
        try:
            document.build(story)
        finally:
            stop_collecting(token)
        by_key = {line.entry.key: line.entry for line in contents}
        return BookletResult(
            path=final_path,
            pages=document.page,
            lessons=len(self.lessons),
            photos=self.photo_count,
            contents=[
                ContentsPage(by_key[key].text, by_key[key].level, page)
                for key, page in document.anchor_pages.items()
                if key in by_key
            ],
            problems=self.problems,
            laid_out_lines=lines,
        )

    def _story(
        self, chapters: list[Chapter], *, year: str, area: str
    ) -> tuple[list[Flowable], list[ContentsLine]]:
        styles, options = self.styles, self.options
        foreword_entry = TocEntry("foreword", 0, "คำนำ")
        contents: list[ContentsLine] = [ContentsLine(foreword_entry)]
        body: list[Flowable] = []
        for number, chapter in enumerate(chapters, start=1):
            chapter_entry = TocEntry(
                f"c{number}", 0, f"{CHAPTER_LABEL} {self.digits(str(number))}  {chapter.title}"
            )
            contents.append(ContentsLine(chapter_entry, chapter=True))
            body.append(PageBreak())
            body.extend(self._chapter_opening(chapter, number=number, entry=chapter_entry))
            for index, lesson in enumerate(chapter.lessons):
                lesson_entry = TocEntry(
                    f"l{number}x{index}", 1, " ".join(lesson.title.split()) or UNTITLED
                )
                contents.append(ContentsLine(lesson_entry))
                if index:
                    body.append(PageBreak())
                body.extend(
                    lesson_flowables(
                        lesson,
                        entry=lesson_entry,
                        styles=styles,
                        setup=self.setup,
                        photos=self._photos_of(lesson),
                        digits=self.digits,
                        home_area=self.home_area,
                    )
                )
        contributors = consenting_contributors(self.lessons, home_area=self.home_area)
        if contributors:
            contributors_entry = TocEntry("contributors", 0, "รายนามผู้ร่วมเขียน")
            contents.append(ContentsLine(contributors_entry))
            body.extend([NextPageTemplate("front"), PageBreak()])
            body.extend(
                contributors_flowables(
                    contributors,
                    entry=contributors_entry,
                    styles=styles,
                    frame_width=self.setup.frame_width,
                    digits=self.digits,
                )
            )
        foreword = options.foreword
        if foreword is None or not foreword.strip():
            foreword = default_foreword(area=area, year_be=year)
        story: list[Flowable] = [
            CoverPage(
                CoverText(
                    title=options.title.strip() or DEFAULT_TITLE,
                    subtitle=area,
                    year_line=f"พ.ศ. {year}",
                    organisation=self._organisation(area),
                ),
                styles=styles,
                setup=self.setup,
                photo=self._cover_photo(),
            ),
            NextPageTemplate("front"),
            PageBreak(),
            *foreword_flowables(
                foreword, entry=foreword_entry, styles=styles, signed=self._signed()
            ),
            PageBreak(),
            *contents_flowables(contents, styles=styles),
            NextPageTemplate("body"),
            *body,
            ClosingFlowable(),
        ]
        return story, contents

    def _chapter_opening(self, chapter: Chapter, *, number: int, entry: TocEntry) -> list[Flowable]:
        styles = self.styles
        # The short label carries the entry and opens the chapter: it never splits.
        label = anchored(f"{CHAPTER_LABEL} {self.digits(str(number))}", styles.chapter_label, entry)
        label.opens_chapter = True
        label.chapter_title = chapter.title
        return [label, ThaiParagraph.from_plain_text(chapter.title, styles.chapter_title)]

    def _photos_of(self, lesson: Lesson) -> list[CaptionedPhoto]:
        width, height = photo_cell_size(self.setup)
        prepared: list[CaptionedPhoto] = []
        for photo in lesson.photos:
            self._step(f"ภาพของ {lesson.title[:60]}")
            loaded = load_print_photo(
                self.source.photo_path(photo.sha256), max_width=width, max_height=height
            )
            if isinstance(loaded, PhotoProblem):
                self.problems.append(loaded)
                continue
            self.photo_count += 1
            prepared.append(CaptionedPhoto(loaded, photo.caption))
        return prepared

    def _cover_photo(self) -> PrintPhoto | None:
        path = self.options.cover_photo
        if path is None:
            return None
        width, height = self.setup.frame_width, self.setup.frame_height * 0.5
        loaded = load_print_photo(path, max_width=width, max_height=height)
        if isinstance(loaded, PhotoProblem):
            self.problems.append(loaded)
            return None
        self.photo_count += 1
        return loaded

    def _on_anchor(self, entry: TocEntry, page: int) -> None:
        if entry.level == 1:
            self._step(f"จัดหน้า: {entry.text[:60]}")

    def _step(self, text: str) -> None:
        if self.progress is not None:
            self.progress.check()
            self.steps_done += 1
            self.progress.report(min(self.steps_done, self.total_steps), self.total_steps, text)

    def _year_be(self) -> int:
        if self.options.year_be is not None:
            return self.options.year_be
        years = [
            int(day[:4])
            for lesson in self.lessons
            for day in (lesson.period_end, lesson.period_start)
            if day
        ]
        return be_year(max(years) if years else self._printed_on().year)

    def _printed_on(self) -> dt.date:
        return self.options.printed_on or dt.date.today()

    def _signed(self) -> str:
        day = self._printed_on()
        return f"{THAI_MONTHS[day.month - 1]} {self.digits(str(be_year(day.year)))}"

    def _organisation(self, subtitle: str) -> str:
        organisation = self.options.organisation or self.home_area
        # The foot of the cover does not repeat the line under the title.
        return "" if organisation == subtitle else organisation

    def _area_text(self) -> str:
        areas = sorted({" ".join(lesson.area.split()) for lesson in self.lessons} - {""})
        codes = sorted({lesson.subdistrict_code for lesson in self.lessons} - {""})
        names = [name for name in (self.source.place_name(code) for code in codes) if name]
        if len(names) == 1:
            return f"ตำบล{names[0]} {self.home_area}".strip()
        if len(areas) == 1 and not names:
            return areas[0]
        return self.home_area
