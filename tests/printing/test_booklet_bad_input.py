"""Awkward lessons and photos still give a correct booklet, or a clear Thai error and no file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.domain.records import Photo
from mentor_desk.printing.booklet import BookletOptions, build_booklet
from mentor_desk.printing.errors import EmptySelectionError, PrintOutputError
from mentor_desk.printing.extraction import extract_text, text_lines
from mentor_desk.printing.selection import LessonSelection
from tests.printing.booklet_support import (
    LessonsOnDisk,
    flat,
    images_per_page,
    lesson,
    page_texts,
    write_photo,
)
from tests.printing.conftest import VISIT_NOTES, check_lines_against_text

pytestmark = pytest.mark.poppler

HUGE_PARAGRAPH_CHARACTERS = 30_000
LONG_TITLE = ("เรื่องเล่าความดีของครอบครัวพอเพียงบ้านหนองบัว " * 12)[:500]


def leftovers(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.startswith(".mentor-desk-")]


def test_a_lesson_without_text_prints_its_title_and_no_empty_sections(tmp_path: Path) -> None:
    source = LessonsOnDisk([lesson("a", title="บทเรียนที่ยังไม่ได้เขียน")])
    result = build_booklet(source, path=tmp_path / "empty.pdf")
    (entry,) = [entry for entry in result.contents if entry.level == 1]
    text = flat("".join(page_texts(result.path, result.pages)[entry.page - 1 :]))
    assert flat("บทเรียนที่ยังไม่ได้เขียน") in text
    for heading in ("ความเป็นมาและบริบท", "สิ่งที่ทำ", "ข้อเสนอแนะ", "ภาพประกอบ"):
        assert flat(heading) not in text


def test_an_enormous_paragraph_runs_over_pages_with_every_word_in_place(tmp_path: Path) -> None:
    paragraph = (" ".join(VISIT_NOTES) + " ") * 40
    paragraph = paragraph[:HUGE_PARAGRAPH_CHARACTERS].strip()
    source = LessonsOnDisk([lesson("a", title="ยาวมาก", context=paragraph, kind="good_deed")])
    result = build_booklet(source, path=tmp_path / "huge.pdf")
    assert result.pages > 12
    body = [line.text for line in result.laid_out_lines]
    assert "".join(body).replace(" ", "") == paragraph.replace(" ", "")
    assert check_lines_against_text(body, [paragraph]) == []
    extracted = text_lines(extract_text(result.path))
    assert all(line in extracted for line in body)


def test_missing_and_corrupt_photos_are_left_out_and_reported(tmp_path: Path) -> None:
    good = write_photo(tmp_path / "good.jpg")
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("ไม่ใช่ภาพ", encoding="utf-8")
    photos = (Photo("good", "ภาพที่ใช้ได้"), Photo("corrupt"), Photo("text"), Photo("gone"))
    source = LessonsOnDisk(
        [lesson("a", title="ภาพเสีย", text="ชุมชนช่วยกัน", photos=photos)],
        photos={"good": good, "corrupt": corrupt, "text": not_a_photo},
        missing_folder=tmp_path / "missing",
    )
    result = build_booklet(source, path=tmp_path / "photos.pdf")
    assert result.photos == 1
    assert len(images_per_page(result.path)) == 1
    messages = [problem.one_line() for problem in result.problems]
    assert len(messages) == 3
    assert sum("ไม่พบไฟล์ภาพ" in message for message in messages) == 1
    assert sum("เสียหาย" in message for message in messages) == 2


def test_a_30_megapixel_photo_is_turned_upright_and_scaled_down(tmp_path: Path) -> None:
    # 6,708 × 4,472 pixels, stored sideways with EXIF orientation 6 (turn 90° clockwise).
    huge = write_photo(tmp_path / "huge.jpg", size=(6708, 4472), orientation=6)
    source = LessonsOnDisk(
        [lesson("a", title="ภาพใหญ่", text="ภาพจากกล้อง", photos=(Photo("huge", "ภาพใหญ่"),))],
        photos={"huge": huge},
    )
    result = build_booklet(source, path=tmp_path / "huge-photo.pdf")
    (image,) = images_per_page(result.path)
    assert image.height > image.width, "EXIF orientation was applied"
    assert image.height <= 1400 and image.encoding == "jpeg"
    assert result.path.stat().st_size < 1_000_000
    with Image.open(huge) as original:
        assert original.size == (6708, 4472)


def test_a_500_character_title_fits_the_cover_and_the_lesson_page(tmp_path: Path) -> None:
    source = LessonsOnDisk([lesson("a", title=LONG_TITLE, text=VISIT_NOTES[0])])
    for page_size in ("A4", "A5"):
        from mentor_desk.printing.page_setup import PageSize

        result = build_booklet(
            source,
            path=tmp_path / f"title-{page_size}.pdf",
            options=BookletOptions(title=LONG_TITLE, page_size=PageSize(page_size)),
        )
        pages = page_texts(result.path, result.pages)
        assert flat(LONG_TITLE)[:40] in flat(pages[0])
        assert flat("คำนำ") in flat(pages[1]), "the cover took one page"
        (entry,) = [entry for entry in result.contents if entry.level == 1]
        assert flat(LONG_TITLE) in flat("".join(pages[entry.page - 1 : entry.page + 1]))


def test_an_empty_selection_is_a_thai_error_and_writes_nothing(tmp_path: Path) -> None:
    source = LessonsOnDisk([lesson("a", title="ฉบับร่าง", status="draft")])
    target = tmp_path / "none.pdf"
    with pytest.raises(EmptySelectionError) as raised:
        build_booklet(
            source, path=target, selection=LessonSelection(statuses=frozenset({"selected"}))
        )
    assert isinstance(raised.value, MentorDeskError)
    assert "ไม่มีบทเรียน" in raised.value.message_th
    assert not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("stop_at", [1, 2], ids=["preparing-photos", "laying-out-pages"])
def test_a_failure_while_printing_keeps_the_previous_file_whole(
    tmp_path: Path, stop_at: int
) -> None:
    target = tmp_path / "booklet.pdf"
    target.write_bytes(b"%PDF-previous")

    class Stop(Exception):
        pass

    class StopAfterSteps:
        steps = 0

        def report(self, done: int, total: int, text: str) -> None:
            self.steps += 1

        def check(self) -> None:
            if self.steps >= stop_at:
                raise Stop

    photo = write_photo(tmp_path / "p.jpg")
    source = LessonsOnDisk(
        [lesson("a", title="หนึ่ง", text="ก", photos=(Photo("p"), Photo("p")))],
        photos={"p": photo},
    )
    with pytest.raises(Stop):
        build_booklet(source, path=target, progress=StopAfterSteps())
    assert target.read_bytes() == b"%PDF-previous"
    assert leftovers(tmp_path) == []


def test_a_missing_or_read_only_folder_is_a_thai_error(tmp_path: Path) -> None:
    source = LessonsOnDisk([lesson("a", title="หนึ่ง", text="ก")])
    with pytest.raises(PrintOutputError, match="โฟลเดอร์"):
        build_booklet(source, path=tmp_path / "no-such-folder" / "b.pdf")
    if os.name == "posix" and os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(PrintOutputError):
            build_booklet(source, path=locked / "b.pdf")
