"""The demo data's booklet: fonts, contents page numbers, photos, and a text layer whose
lines break between words and come back exactly as laid out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentor_desk.demo import generate
from mentor_desk.domain.records import Lesson
from mentor_desk.printing.booklet import BookletOptions, BookletResult, build_booklet
from mentor_desk.printing.extraction import extract_text, measure_lines_on_pages, text_lines
from mentor_desk.printing.lesson_pages import SECTIONS, text_paragraphs
from mentor_desk.printing.selection import LessonSelection
from mentor_desk.store import Store
from mentor_desk.store.print_queries import PrintData
from tests.printing.booklet_support import flat, fonts_of, images_per_page, page_texts
from tests.printing.conftest import word_boundaries

pytestmark = pytest.mark.poppler

DEMO_LESSONS = 12
# Lines of the text layer that must be found in the lessons' own text for the line-break
# check to mean something (the rest are headings, page numbers, contents rows).
MIN_FOUND_SHARE = 0.6
# Shorter lines may be a heading or label that happens to occur inside a longer word of the
# text; a paragraph's short last line is checked anyway, where the line before it ends.
MIN_CHECKED_LINE = 20


@dataclass(frozen=True)
class DemoBooklet:
    result: BookletResult
    lessons: list[Lesson]
    pages: list[str]


@pytest.fixture(scope="module")
def demo_booklet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoBooklet]:
    folder = tmp_path_factory.mktemp("demo-booklet")
    with Store(folder / "home") as store:
        generate(store, seed=1, visits=120, lessons=DEMO_LESSONS)
        source = PrintData(store)
        lessons = source.lessons()
        result = build_booklet(
            source, path=folder / "booklet.pdf", options=BookletOptions(thai_digits=True)
        )
    yield DemoBooklet(result, lessons, page_texts(result.path, result.pages))


def test_every_lesson_is_printed_on_its_own_pages(demo_booklet: DemoBooklet) -> None:
    result = demo_booklet.result
    assert result.lessons == len(demo_booklet.lessons) == DEMO_LESSONS
    assert result.path.is_file()
    assert result.pages == len(demo_booklet.pages) > DEMO_LESSONS
    assert not list(result.path.parent.glob(".mentor-desk-*")), "a temporary file was left"


def test_only_sarabun_is_used_and_it_is_embedded(demo_booklet: DemoBooklet) -> None:
    fonts = fonts_of(demo_booklet.result.path)
    assert fonts
    assert {name for name, _ in fonts} <= {
        "Sarabun-Regular",
        "Sarabun-Bold",
        "Sarabun-Italic",
        "Sarabun-BoldItalic",
    }
    assert all(embedded == "yes" for _, embedded in fonts)


def test_contents_page_numbers_are_the_pages_the_titles_are_on(
    demo_booklet: DemoBooklet,
) -> None:
    result, pages = demo_booklet.result, demo_booklet.pages
    printed = _contents_as_printed(result.path, first_body_page=_first_body_page(result))
    lessons = [entry for entry in result.contents if entry.level == 1]
    assert len(lessons) == DEMO_LESSONS
    for entry in lessons:
        number = printed[flat(entry.text)]
        assert number == entry.page
        body = [flat(pages[index]) for index in range(_first_body_page(result) - 1, len(pages))]
        first = next(i for i, text in enumerate(body) if flat(entry.text) in text)
        assert first + _first_body_page(result) == number, entry.text


def test_each_lesson_shows_all_its_photos_on_its_pages(demo_booklet: DemoBooklet) -> None:
    result = demo_booklet.result
    images = images_per_page(result.path)
    expected = sum(len(lesson.photos) for lesson in demo_booklet.lessons)
    assert expected > 0
    assert len(images) == result.photos == expected
    assert result.problems == []
    starts = sorted(entry.page for entry in result.contents if entry.level == 1)
    by_title = {entry.text: entry.page for entry in result.contents if entry.level == 1}
    ends = {start: next((s for s in starts if s > start), result.pages + 1) for start in starts}
    for lesson in demo_booklet.lessons:
        start = by_title[lesson.title]
        on_pages = [image for image in images if start <= image.page < ends[start]]
        assert len(on_pages) == len(lesson.photos), lesson.title
        # Downscaled for print: no embedded photo is larger than its place needs at 200 dpi.
        assert all(max(image.width, image.height) <= 1400 for image in on_pages)


def test_extracted_lines_break_only_between_words(demo_booklet: DemoBooklet) -> None:
    sources = [
        paragraph
        for lesson in demo_booklet.lessons
        for field, _ in SECTIONS
        for paragraph in text_paragraphs(getattr(lesson, field))
    ]
    boundaries = {source: word_boundaries(source) for source in sources}
    lines = text_lines(extract_text(demo_booklet.result.path))
    found = 0
    for line in lines:
        if len(line) < MIN_CHECKED_LINE:
            continue
        places = [
            (source, match.start())
            for source in sources
            for match in re.finditer(re.escape(line), source)
        ]
        if not places:
            continue
        found += 1
        assert any(
            start in boundaries[source] and start + len(line) in boundaries[source]
            for source, start in places
        ), f"line breaks inside a word: {line!r}"
    assert found >= MIN_FOUND_SHARE * len(demo_booklet.result.laid_out_lines)


def test_every_laid_out_body_line_extracts_exactly_on_its_page(
    demo_booklet: DemoBooklet,
) -> None:
    report = measure_lines_on_pages(demo_booklet.result.path, demo_booklet.result.laid_out_lines)
    assert len(report.expected_lines) > 100
    assert report.mismatches == []
    assert report.share == 1.0


def test_a_selection_prints_only_the_matching_lessons(
    demo_booklet: DemoBooklet, tmp_path: Path
) -> None:
    stories = [lesson for lesson in demo_booklet.lessons if lesson.kind == "good_deed"]
    assert stories, "the demo has good-deed stories"
    source = _ListSource(demo_booklet.lessons)
    result = build_booklet(
        source,
        path=tmp_path / "stories.pdf",
        selection=LessonSelection(kinds=frozenset({"good_deed"})),
    )
    printed = {entry.text for entry in result.contents if entry.level == 1}
    assert printed == {" ".join(story.title.split()) for story in stories}


@dataclass
class _ListSource:
    lesson_list: list[Lesson]

    def lessons(self) -> list[Lesson]:
        return self.lesson_list

    def photo_path(self, sha256: str) -> Path:
        return Path("/nonexistent") / sha256

    def place_name(self, subdistrict_code: str) -> str:
        return ""

    def home_area(self) -> str:
        return ""


def _first_body_page(result: BookletResult) -> int:
    return min(entry.page for entry in result.contents if entry.text != "คำนำ")


def _contents_as_printed(pdf: Path, *, first_body_page: int) -> dict[str, int]:
    """Title (without spaces) → the page number printed beside it in the contents."""
    thai = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    text = extract_text(pdf, layout=True).split("\f")
    rows: dict[str, int] = {}
    for page in text[1 : first_body_page - 1]:
        for line in page.splitlines():
            match = re.match(r"^\s*(.*?)\s{2,}([๐-๙0-9]+)\s*$", line)
            if match:
                rows[flat(match.group(1))] = int(match.group(2).translate(thai))
    return rows
